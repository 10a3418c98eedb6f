/**
 * `GET /api/recaps/{contest}/{region}`: what a recap plenary works from — the
 * children a D.Hasil must list with their figures, their status, the TPS
 * issues inside the region and the region's D.Hasil once signed
 * (src/server/routes/recaps/view.ts).
 */
import { z } from 'zod';
import type { DHasil, RecapFigures, RecapLevel } from '../../core/forms/index.js';
import { RECAP_LEVELS } from '../../core/forms/index.js';
import { StatusCounts } from '../common.js';

const isObject = (v: unknown) => typeof v === 'object' && v !== null;

export const RecapChild = z.object({
  code: z.string(),
  /** The figures the D.Hasil handler adds up: checked by src/core/forms, not here. */
  figures: z.custom<RecapFigures>(isObject),
  /** `dhasil`: the child's own signed D.Hasil (index given); `forms`: the sum of its effective forms. */
  source: z.enum(['forms', 'dhasil']),
  dhasilIndex: z.number().nullable(),
  reported: z.number(),
  status: StatusCounts,
});

export const RecapIssue = z.object({
  tps: z.string(),
  kind: z.enum(['objection', 'correction', 'warning']),
  index: z.number(),
  text: z.string(),
  plenary: z.string().optional(),
});

export const RecapView = z.object({
  contestId: z.string(),
  region: z.string(),
  level: z.enum(RECAP_LEVELS as readonly [RecapLevel, ...RecapLevel[]]),
  pairIds: z.array(z.string()),
  children: z.array(RecapChild),
  issues: z.array(RecapIssue),
  moreIssues: z.number(),
  signed: z
    .object({ index: z.number(), hash: z.string(), keyId: z.string(), dhasil: z.custom<DHasil>(isObject) })
    .nullable(),
  /** The region (this one or above) whose D.Hasil already locks it, if any. */
  lockedBy: z.string().nullable(),
});

export const RecapAnswer = z.object({ data: RecapView });
