/**
 * What the console asks the log about: `GET /api/keys/{keyId}` (a registered
 * signing key: its role and scope, checked against the officer's account)
 * and `GET /api/receipts/{index}` (an entry's receipt, C2SP tlog-proof, once
 * a witnessed checkpoint covers it; `pending` until then).
 */
import { z } from 'zod';
import { KEY_ROLES } from '../../core/statements/index.js';

export const RegisteredKey = z.object({
  keyId: z.string(),
  /** The Ed25519 public key, base64. */
  publicKey: z.string(),
  role: z.enum(KEY_ROLES),
  /** `region` 'national' covers everything; `pair`: the candidate pair a saksi represents. */
  scope: z.object({ region: z.string(), pair: z.string().optional() }),
  name: z.string(),
  /** Log index of the registration and of the revocation (null while valid). */
  registeredAt: z.number(),
  revokedAt: z.number().nullable(),
});

export const KeyAnswer = z.object({ data: RegisteredKey });

export const ReceiptAnswer = z.object({
  data: z.object({
    index: z.number(),
    status: z.enum(['pending', 'witnessed']),
    receipt: z.string().nullable(),
  }),
});
