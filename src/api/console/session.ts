/**
 * `POST /api/auth/login`, `GET /api/auth/session`: the signed-in account.
 * The officer areas of the web (console, supervision) keep the part of it
 * they show and decide on (`SessionAccount`).
 */
import { z } from 'zod';
import { PERMISSION_IDS, ROLE_IDS } from '../../core/auth/index.js';

export const Account = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLE_IDS),
  scope: z.string(),
  pairId: z.string().nullable(),
  permissions: z.array(z.enum(PERMISSION_IDS)),
  totpEnabled: z.boolean(),
  totpRequired: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  demoExempt: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

export const SessionResult = z.object({
  data: z.object({
    account: Account,
    via: z.enum(['session', 'token']),
    /** Set up TOTP before any write (roles that require it). */
    totpSetupRequired: z.boolean(),
    csrfToken: z.string().optional(),
    expiresAt: z.string().optional(),
  }),
});

/** What the web keeps of the account (no secret in it; remembered for offline use). */
export const SessionAccount = Account.pick({
  username: true,
  displayName: true,
  role: true,
  scope: true,
  pairId: true,
});
