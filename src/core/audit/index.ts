export { canonicalJson } from './canonical.js';
export { AUDIT_GENESIS_HASH, AUDIT_HASH_PREFIX, ChainVerifier, auditHash } from './chain.js';
export type { AuditContent, ChainResult, ChainedAuditEntry } from './chain.js';
