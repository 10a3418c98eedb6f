import { z } from 'zod';
import { NoBody } from '../accounts/schema.js';

export { NoBody };
export { SessionResult } from '../../../api/console/index.js';

export const LoginBody = z
  .object({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(256),
    totp: z.string().max(16).optional().describe('The authenticator code, once TOTP is enabled'),
  })
  .strict();

export const PasswordChangeBody = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) })
  .strict();

export const PasswordResetBody = z
  .object({ token: z.string().min(1).max(200), newPassword: z.string().min(1).max(256) })
  .strict();

export const TotpConfirmBody = z.object({ code: z.string().min(1).max(16) }).strict();

export const TotpEnrolment = z.object({ data: z.object({ secret: z.string(), uri: z.string() }) });
