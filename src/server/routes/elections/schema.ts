import { z } from 'zod';

export const Election = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['pilkada', 'pemilu']),
  votingDay: z.string(),
  ballotReservePermille: z.number(),
});

export const ElectionList = z.object({ data: z.array(Election) });
