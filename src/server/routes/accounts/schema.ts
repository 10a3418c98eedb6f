import { z } from 'zod';
import { PERMISSION_IDS, ROLE_IDS } from '../../../core/auth/index.js';
import { Account } from '../../../api/console/index.js';

export { Account };

export const AccountParams = z.object({ id: z.string().min(1).max(64) }).strict();

export const AccountQuery = z
  .object({
    region: z
      .string()
      .max(32)
      .optional()
      .describe('Accounts scoped within this region (default: your scope)'),
    role: z.enum(ROLE_IDS).optional(),
    after: z.string().max(64).optional().describe('Next page: usernames after this one'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();

export const NewAccountBody = z
  .object({
    username: z.string().min(1).max(64),
    displayName: z.string().max(200).optional(),
    role: z.enum(ROLE_IDS),
    scope: z.string().min(1).max(32).describe('"national" or a region/TPS code, either spelling'),
    pairId: z.string().min(1).max(32).optional().describe('For a saksi: the candidate pair id'),
    permissions: z.array(z.enum(PERMISSION_IDS)).max(8).optional(),
    password: z
      .string()
      .max(256)
      .optional()
      .describe('Omit to invite: the answer then carries a one-time token to set the password'),
  })
  .strict();

export const AccountChangesBody = z
  .object({
    displayName: z.string().max(200).optional(),
    disabled: z.boolean().optional(),
    permissions: z.array(z.enum(PERMISSION_IDS)).max(8).optional(),
    unlock: z.literal(true).optional(),
    resetTotp: z.literal(true).optional(),
  })
  .strict();

/** For actions that take no input: no body, or an empty JSON object. */
export const NoBody = z.object({}).strict().nullish();

export const ResetIssued = z.object({ token: z.string(), expiresAt: z.string() });

export const AccountResult = z.object({ data: Account });
export const AccountList = z.object({ data: z.array(Account), next: z.string().nullable() });
export const AccountCreated = z.object({ data: Account, invitation: ResetIssued.optional() });
export const ResetResult = z.object({ data: ResetIssued });
