/**
 * `GET /api/elections` and `GET /api/elections/{id}/timetable`: the election
 * events, and an event's stages (tahapan) with where a moment stands among them.
 */
import { z } from 'zod';
import { Message } from '../common.js';

export const Election = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['pilkada', 'pemilu']),
  votingDay: z.string(),
  ballotReservePermille: z.number(),
});

export const ElectionList = z.object({ data: z.array(Election) });

export const TimetableStage = z.object({
  id: z.string(),
  name: Message,
  description: Message,
  /** First day, `YYYY-MM-DD`, in the timetable's zone. */
  start: z.string(),
  /** Last day, inclusive. */
  end: z.string(),
  verify: z.boolean().optional(),
});

export const TimetableView = z.object({
  electionId: z.string(),
  zone: z.enum(['WIB', 'WITA', 'WIT']),
  stages: z.array(TimetableStage),
  /** The moment placed (ISO 8601). */
  at: z.string(),
  position: z.object({
    today: z.string(),
    current: z.array(z.string()),
    next: z.string().nullable(),
    phase: z.enum(['before', 'during', 'after']),
  }),
});

export const TimetableAnswer = z.object({ data: TimetableView });
