/**
 * `GET /api/results/{contest}[/{region}]`: a contest's figures at a region
 * (national down to a TPS), its children's, and the outcome at the contest's
 * own region (src/services/results/results.ts).
 */
import { z } from 'zod';
import { Message, RegionRef, StatusCounts, Triple } from '../common.js';

export const Figures = z.object({
  votes: z.record(z.string(), z.number()),
  valid: z.number(),
  invalid: z.number(),
  total: z.number(),
  users: Triple,
  /** DPT of the TPS that have reported (the base of turnout). */
  dpt: Triple,
  /** DPT of every TPS of the region in the registry. */
  registryDpt: z.number(),
  progress: z.object({ reported: z.number(), total: z.number() }),
  status: StatusCounts,
  anomalies: z.object({ tps: z.number(), warnings: z.number(), flags: z.number() }),
});

/** A pair as the log's genesis names it, with its display colour from the registry when known. */
export const ResultPair = z.object({
  id: z.string(),
  ballotNumber: z.number(),
  name: z.string(),
  emptyColumn: z.boolean(),
  color: z.string().nullable(),
});

export const Outcome = z.object({
  kind: z.enum(['winner', 'tie', 'runoff', 'reelection', 'undecided']),
  winner: z.string().optional(),
  runoff: z.tuple([z.string(), z.string()]).optional(),
  tied: z.array(z.string()).optional(),
  reason: Message,
});

/** Whether enough of the region has reported to name a leading pair. */
export const LeaderCall = z.object({
  called: z.boolean(),
  notCalled: z.array(z.enum(['tps', 'children', 'no-registry'])),
  coverage: z.object({
    tps: z.object({ reported: z.number(), total: z.number() }),
    children: z.object({ reported: z.number(), total: z.number() }),
  }),
  rule: z.object({ minTpsPercent: z.number(), minChildrenPercent: z.number() }),
});

export const ResultsView = z.object({
  contest: z.object({ id: z.string(), name: z.string(), kind: z.string(), region: z.string() }),
  region: RegionRef,
  parents: z.array(RegionRef),
  pairs: z.array(ResultPair),
  totals: Figures,
  children: z.array(RegionRef.extend({ totals: Figures, leaderCalled: z.boolean() })),
  leader: LeaderCall,
  outcome: Outcome.nullable(),
  logSize: z.number(),
});

export const ResultsAnswer = z.object({ data: ResultsView });

/** `GET /api/results/{contest}/{region}/tps?filter=…`: the TPS behind a counter. */
export const ProblemTps = z.object({
  code: z.string(),
  dotted: z.string(),
  status: z.enum(['missing', 'submitted', 'attested', 'objected', 'corrected', 'locked']),
  warnings: z.array(z.string()),
  incidents: z.number(),
  index: z.number().nullable(),
});

export const ProblemAnswer = z.object({
  data: z.object({
    filter: z.string(),
    total: z.number(),
    items: z.array(ProblemTps),
  }),
});
