import { z } from 'zod';

export const AuditQuery = z
  .object({
    region: z.string().max(32).optional().describe('Entries within this region (default: your scope)'),
    actor: z.string().max(64).optional().describe('Username of the actor'),
    action: z.string().max(64).optional(),
    target: z.string().max(64).optional().describe('Target id'),
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
    before: z.coerce.number().int().min(1).optional().describe('Next page: entries before this seq'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();

export const AuditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  channel: z.string(),
  actor: z
    .object({ id: z.string(), username: z.string().nullable(), role: z.string().nullable() })
    .nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string().nullable() }),
  region: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});

export const AuditList = z.object({ data: z.array(AuditEntry), next: z.number().nullable() });

export const AuditVerify = z.object({
  data: z.object({
    ok: z.boolean(),
    checked: z.number(),
    head: z.string().optional(),
    brokenAt: z.number().optional(),
    reason: z.string().optional(),
  }),
});
