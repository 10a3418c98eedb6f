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

export { Contest, ContestDetail, ContestList, Pair } from '../../../api/portal/index.js';
