import { z } from 'zod';

/** A signed statement: the log entry envelope (docs/FORMATS.md §2), as JSON. */
export const Envelope = z
  .object({
    v: z.literal(1),
    type: z.string().min(3).max(64),
    body: z.record(z.string(), z.unknown()),
    keyId: z.string().regex(/^[0-9a-f]{32}$/),
    sig: z.string().min(80).max(100),
  })
  .strict();

export const SubmitQuery = z
  .object({
    wait: z.coerce
      .number()
      .int()
      .min(0)
      .max(30_000)
      .optional()
      .describe('wait up to this many ms for the receipt'),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();

export const BatchBody = z.object({ entries: z.array(z.unknown()).min(1).max(1000) }).strict();

export const Accepted = z.object({
  data: z.object({
    status: z.enum(['accepted', 'duplicate']),
    index: z.number(),
    leafHash: z.string(),
    type: z.string(),
    receipt: z.string().nullable(),
  }),
});

export const BatchResult = z.object({
  data: z.array(
    z.object({
      status: z.enum(['accepted', 'duplicate', 'refused']),
      index: z.number().optional(),
      leafHash: z.string().optional(),
      type: z.string().optional(),
      error: z
        .object({ code: z.string(), message: z.string(), details: z.array(z.unknown()).optional() })
        .optional(),
    }),
  ),
  summary: z.object({ accepted: z.number(), duplicate: z.number(), refused: z.number() }),
});
