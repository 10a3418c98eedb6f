export {
  ENVELOPE_VERSION,
  STATEMENT_DOMAIN,
  MAX_ENTRY_BYTES,
  keyIdOf,
  signedMessage,
  signedMessageOfEntry,
  sealStatement,
  parseEnvelope,
  verifyEnvelope,
} from './envelope.js';
export type { Envelope } from './envelope.js';
export { Ledger } from './ledger.js';
export type { EntryHandler } from './ledger.js';
export { KeyRegistry, KEY_ROLES, covers, keyError } from './keys.js';
export type { KeyRole, KeyScope, RegisteredKey } from './keys.js';
export { genesisHandler, genesisOf, GENESIS } from './handlers/genesis.js';
export { contestsHandler, ELECTION_CONTESTS } from './handlers/contests.js';
export type { ContestsBody } from './handlers/contests.js';
export { electionEntries } from './election-entries.js';
export type { Genesis, GenesisContest, GenesisPair } from './handlers/genesis.js';
export { keyRegisterHandler, keyRevokeHandler, KEY_REGISTER, KEY_REVOKE } from './handlers/keys.js';
export type { KeyRegisterBody, KeyRevokeBody } from './handlers/keys.js';
export { bodyError, obj, str, int, oneOf } from './handlers/read.js';
