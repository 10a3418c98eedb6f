/** RFC 8785 canonical JSON: the bytes a statement is signed and logged as. */
export { canonicalize, canonicalBytes, CANONICAL_JSON_MAX_DEPTH } from './canonicalize.js';
export { isCanonicalText } from './is-canonical.js';
export type { CanonicalJsonErrorCode } from './canonicalize.js';
