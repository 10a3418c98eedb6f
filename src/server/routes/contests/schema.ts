import { z } from 'zod';

export const ContestQuery = z
  .object({
    region: z
      .string()
      .max(32)
      .optional()
      .describe('Contests that concern this region (either code spelling)'),
    election: z.string().max(64).optional().describe('Election event id'),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();

export const ContestParams = z.object({ id: z.string().min(1).max(100) });

export const Contest = z.object({
  id: z.string(),
  electionId: z.string(),
  kind: z.enum(['governor', 'regent', 'mayor', 'president']),
  region: z.string(),
  name: z.string(),
  sirekapType: z.enum(['pkwkp', 'pkwkk', 'ppwp']),
});

export const Pair = z.object({
  id: z.string(),
  ballotNumber: z.number(),
  name: z.string(),
  head: z.string(),
  deputy: z.string(),
  color: z.string(),
  emptyColumn: z.boolean(),
});

export const ContestList = z.object({ data: z.array(Contest) });
export const ContestDetail = z.object({
  data: Contest.extend({ singlePair: z.boolean(), pairs: z.array(Pair) }),
});
