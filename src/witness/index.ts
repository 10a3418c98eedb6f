/**
 * `saksi witness`: an independent c2sp.org/tlog-witness service with its own
 * key and its own fsync'd state. It depends only on the log core, node
 * built-ins and Fastify — not on the Saksi server or store.
 */
export type { WitnessErrorCode } from './errors.js';
export { WitnessError, witnessStatus } from './errors.js';
export type { AddCheckpointRequest } from './request.js';
export { MAX_PROOF_LINES, MAX_REQUEST_BYTES, parseAddCheckpoint, formatAddCheckpoint } from './request.js';
export type { WitnessKey } from './key.js';
export { generateWitnessKey, witnessKeyFromSkey, writeWitnessKeyFile, readWitnessKeyFile } from './key.js';
export type { WitnessState, Evidence } from './state.js';
export { openWitnessState } from './state.js';
export type { WitnessOptions } from './witness.js';
export { Witness } from './witness.js';
export type { WitnessAppOptions } from './app.js';
export { TLOG_SIZE_CONTENT_TYPE, buildWitnessApp } from './app.js';
export type { WitnessConfig, WitnessConfigInput } from './config.js';
export {
  WITNESS_DEFAULT_PORT,
  WITNESS_DEFAULT_HOST,
  WITNESS_DEFAULT_STATE_DIR,
  witnessConfig,
} from './config.js';
export type { RunningWitness, StartWitnessOptions } from './run.js';
export { startWitness } from './run.js';
