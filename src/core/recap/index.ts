export { recapHandlers } from './handlers.js';
export { FORM_CHASIL, chasilHandler } from './chasil.js';
export { FORM_CHASIL_IMPORT, chasilImportHandler, parseChasilImport } from './import.js';
export type { ChasilImportBody } from './import.js';
export { FORM_ATTESTATION, attestationHandler } from './attestation.js';
export { FORM_INCIDENT, incidentHandler } from './incident.js';
export { FORM_CORRECTION, correctionHandler } from './correction.js';
export { FORM_DHASIL, dhasilHandler } from './dhasil.js';
export { MAX_TPS_COUNT } from './checks.js';
export type { RecapErrorCode } from './errors.js';
export { RECAP_STATUSES, statusOf } from './status.js';
export type { RecapStatus } from './status.js';
export { RECAP_FEATURE, recapState } from './state.js';
export type { RecapState } from './state.js';
export { anomalies, dhasilOf, effectiveEntry, history, lockOf, tpsRecord, tpsRecords } from './read.js';
export type { Anomaly } from './read.js';
export type {
  AttestationRecord,
  ContestRecap,
  DHasilRecord,
  FormKind,
  HistoryEntry,
  ImportSource,
  IncidentRecord,
  TpsRecord,
} from './types.js';
export { outcomeOf, tallyOf } from './tally-of.js';
export type { OutcomeOptions } from './tally-of.js';
