/**
 * The recap's refusal codes (a closed union). Each names one rule; a refusal
 * that breaks several rules at once lists them in `problems`. Codes ending in
 * `_ALREADY_*` mean "a conflicting statement is already on the log" (the
 * server answers 409).
 */
import { SaksiError, msg } from '../errors/index.js';
import type { Problem } from '../errors/index.js';

export type RecapErrorCode =
  /** A recap entry before the `election.genesis` entry. */
  | 'RECAP_GENESIS_MISSING'
  /** The contest id is not in the genesis. */
  | 'RECAP_CONTEST_UNKNOWN'
  /** The TPS (or recap region) does not lie inside the contest's region. */
  | 'RECAP_OUTSIDE_CONTEST'
  /** A saksi key represents a pair that does not run in this contest. */
  | 'RECAP_PAIR_NOT_IN_CONTEST'
  /** A C.Hasil or correction breaks arithmetic rules (every one in `problems`). */
  | 'FORM_RULES_FAILED'
  /** A count is larger than any TPS can hold (keeps every tally sum exact). */
  | 'FORM_COUNT_TOO_LARGE'
  /** The TPS already has a form for this contest: a change must be a correction. */
  | 'FORM_ALREADY_SUBMITTED'
  /** An import names a contest or TPS other than its embedded form's. */
  | 'IMPORT_SUBJECT_MISMATCH'
  /** The attested entry is not a form entry of that TPS and contest. */
  | 'ATTESTATION_SUBJECT_UNKNOWN'
  /** The attested entry's leaf hash is not the one given. */
  | 'ATTESTATION_SUBJECT_HASH_MISMATCH'
  /** This key already attested this entry. */
  | 'ATTESTATION_ALREADY_RECORDED'
  /** The superseded entry is not a form entry of that TPS and contest. */
  | 'CORRECTION_SUBJECT_UNKNOWN'
  /** The superseded entry's leaf hash is not the one given. */
  | 'CORRECTION_SUBJECT_HASH_MISMATCH'
  /** The superseded entry is no longer the effective form (already superseded). */
  | 'CORRECTION_STALE'
  /** A KPPS signed a correction: corrections are made at the plenary (PPK and above). */
  | 'CORRECTION_NOT_PLENARY'
  /** A signed D.Hasil covers this TPS or region: its figures are final. */
  | 'RECAP_LOCKED'
  /** This region already has a D.Hasil for this contest. */
  | 'RECAP_ALREADY_LOCKED'
  /** A D.Hasil breaks its own arithmetic or does not equal its children (every problem listed). */
  | 'RECAP_RULES_FAILED';

export function recapError(
  code: RecapErrorCode,
  field: string,
  id: string,
  en: string,
  problems: readonly Problem[] = [],
): SaksiError {
  return new SaksiError(code, msg(`Rekap: ${id}.`, `Recap: ${en}.`), { field, problems });
}

/** One error listing every failed rule; `field` is the first problem's. */
export function rulesError(
  code: 'FORM_RULES_FAILED' | 'RECAP_RULES_FAILED',
  what: { id: string; en: string },
  problems: readonly Problem[],
): SaksiError {
  const n = problems.length;
  return recapError(
    code,
    problems[0]?.fields[0] ?? '$',
    `${what.id} melanggar ${n} aturan`,
    `${what.en} breaks ${n} rule${n === 1 ? '' : 's'}`,
    problems,
  );
}
