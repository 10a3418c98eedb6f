/**
 * The status of a TPS's result in one contest. Several can hold at once; the
 * first that holds in this order of precedence is reported:
 *
 * | status      | holds when                                                        |
 * |-------------|-------------------------------------------------------------------|
 * | `locked`    | a signed D.Hasil covers the TPS: its figures are final            |
 * | `objected`  | a saksi or PTPS objected to the effective form entry              |
 * | `corrected` | the effective form is a correction (pembetulan)                   |
 * | `attested`  | a saksi or PTPS agreed to the effective form entry, no objection  |
 * | `submitted` | a C.Hasil or a Sirekap import is in effect                        |
 * | `missing`   | no form yet                                                       |
 *
 * Only attestations of the effective entry count: an objection to a version
 * that a correction replaced no longer marks the TPS. Transitions: `missing →
 * submitted` (C.Hasil/import), `→ attested/objected` (attestation), `→
 * corrected` (correction; earlier attestations stay in the history), any →
 * `locked` (D.Hasil), and nothing leaves `locked`.
 */
import type { RecapStatus } from '../forms/recap-status.js';
import type { TpsRecord } from './types.js';

export { RECAP_STATUSES } from '../forms/recap-status.js';
export type { RecapStatus } from '../forms/recap-status.js';

export function statusOf(record: TpsRecord | undefined): RecapStatus {
  if (record === undefined) return 'missing';
  if (record.lockedBy !== null) return 'locked';
  const effective = record.history.at(-1);
  if (effective === undefined) return 'missing';
  const verdicts = record.attestations
    .filter((a) => a.subject.index === effective.index)
    .map((a) => a.verdict);
  if (verdicts.includes('object')) return 'objected';
  if (effective.kind === 'correction') return 'corrected';
  if (verdicts.includes('agree')) return 'attested';
  return 'submitted';
}
