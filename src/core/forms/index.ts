export { CHASIL_STATUSES, EMPTY_COLUMN_ID, MAX_IMAGES, MAX_VOTE_KEYS, parseCHasil } from './chasil.js';
export { parseCHasilLike } from './chasil-like.js';
export type {
  Ballots,
  BallotsLike,
  CHasil,
  CHasilLike,
  CHasilStatus,
  Count,
  Triple,
  TripleLike,
  Users,
  UsersLike,
} from './chasil.js';
export { CHASIL_RULES, CHASIL_RULE_CODES, checkCHasil, withoutLeadingNine } from './rules/index.js';
export type { CheckOptions, CheckResult, Rule, Severity } from './rules/index.js';
export {
  MAX_RECAP_CHILDREN,
  MAX_RECAP_CORRECTIONS,
  RECAP_FIELD,
  RECAP_LEVELS,
  parseDHasil,
} from './dhasil.js';
export type { DHasil, RecapCorrection, RecapFigures, RecapLevel } from './dhasil.js';
export { checkDHasil, checkDHasilAgainstChildren, figuresOfCHasil, sumFigures } from './dhasil-check.js';
export { RECAP_STATUSES } from './recap-status.js';
export type { RecapStatus } from './recap-status.js';
export { MAX_TEXT, parseAttestation, parseCorrection, parseIncident } from './statements.js';
export type { Attestation, Correction, EntryRef, Incident, Verdict } from './statements.js';
export { VALID_CANDIDATES, makeValidCHasil, randomValidCHasil } from './testing.js';
export type { CHasilOverrides } from './testing.js';
