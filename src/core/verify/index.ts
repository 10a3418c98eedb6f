export { verifyLog } from './verify-log.js';
export type { VerifyOptions, VerifyReport, LogSource, BatchVerifier } from './verify-log.js';
export type { VerifyFailure } from './failure.js';
