/**
 * Pieces shared by the API's answers: a bilingual message, a male/female/total
 * triple, a region as the portal links it, the statuses of a TPS's result.
 */
import { z } from 'zod';
import { RECAP_STATUSES } from '../core/forms/index.js';

export const Message = z.object({ id: z.string(), en: z.string() });

export const Triple = z.object({ male: z.number(), female: z.number(), total: z.number() });

/** A region (or a TPS, or `national`) as a link: both spellings of its code, its name and level. */
export const RegionRef = z.object({
  code: z.string(),
  dotted: z.string(),
  name: z.string(),
  level: z.string(),
});

export const RecapStatus = z.enum(RECAP_STATUSES);

/** How many TPS have each status. */
export const StatusCounts = z.object(
  Object.fromEntries(RECAP_STATUSES.map((s) => [s, z.number()])) as Record<
    (typeof RECAP_STATUSES)[number],
    z.ZodNumber
  >,
);

/** A rule's finding on a form: its code and message. */
export const Finding = z.object({ code: z.string(), message: Message });
