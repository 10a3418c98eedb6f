/** `GET /api/contests`, `GET /api/contests/{id}`: the contests and their candidate pairs. */
import { z } from 'zod';

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

export const ContestWithPairs = Contest.extend({ singlePair: z.boolean(), pairs: z.array(Pair) });

export const ContestList = z.object({ data: z.array(Contest) });
export const ContestDetail = z.object({ data: ContestWithPairs });
