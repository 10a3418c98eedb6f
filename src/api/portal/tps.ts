/**
 * `GET /api/tps/{code}`: a TPS's forms in every contest — each version with
 * its log position, the attestations, incidents and the D.Hasil that locks it.
 */
import { z } from 'zod';
import type { CHasilLike } from '../../core/forms/index.js';
import { Finding, RecapStatus, RegionRef, Triple } from '../common.js';
import { ResultPair } from './results.js';

const EntryRef = z.object({ index: z.number(), hash: z.string() });

/** One version of the TPS's form; the last is the effective one. */
export const HistoryEntry = z.object({
  index: z.number(),
  hash: z.string(),
  kind: z.enum(['chasil', 'import', 'correction']),
  keyId: z.string(),
  /** The form as signed (an import may be partial): checked by src/core/forms, not here. */
  form: z.custom<CHasilLike>((v) => typeof v === 'object' && v !== null),
  warnings: z.array(Finding),
  flags: z.array(Finding),
  notCheckable: z.array(z.string()).optional(),
  supersedes: EntryRef.optional(),
  reason: z.string().optional(),
  plenary: z.string().optional(),
  source: z.object({ path: z.string(), ts: z.string().optional() }).optional(),
});

export const AttestationRecord = z.object({
  index: z.number(),
  hash: z.string(),
  keyId: z.string(),
  role: z.enum(['saksi', 'ptps']),
  pair: z.string().optional(),
  subject: EntryRef,
  verdict: z.enum(['agree', 'object']),
  reason: z.string().optional(),
});

export const TpsContest = z.object({
  contest: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    region: z.string(),
    pairs: z.array(ResultPair.omit({ color: true })),
  }),
  status: RecapStatus,
  history: z.array(HistoryEntry),
  attestations: z.array(AttestationRecord),
  incidents: z.array(
    z.object({
      index: z.number(),
      hash: z.string(),
      keyId: z.string(),
      description: z.string(),
      at: z.string(),
    }),
  ),
  lockedBy: z.string().nullable(),
});

export const TpsView = z.object({
  tps: z.object({
    code: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    dpt: Triple.nullable(),
    /** False for a TPS known only from the log (an import), missing from the registry. */
    inRegistry: z.boolean(),
  }),
  parents: z.array(RegionRef),
  contests: z.array(TpsContest),
});

export const TpsAnswer = z.object({ data: TpsView });
