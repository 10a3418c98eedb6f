/**
 * The one place where error codes meet HTTP statuses. Domain errors know
 * nothing of HTTP; a code not listed here by exact name falls to its family
 * by suffix, then to 400 — a client mistake never becomes a 500.
 */
const EXACT: Readonly<Record<string, number>> = {
  BODY_MALFORMED_JSON: 400,
  BODY_EMPTY: 400,
  BODY_TOO_LARGE: 413,
  MEDIA_TYPE_UNSUPPORTED: 415,
  VALIDATION_FAILED: 400,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
  FORMS_UNAVAILABLE: 503,
  INGEST_BUSY: 503,
  LOG_BUSY: 503,
  LOG_WRITE_FAILED: 503,
  LOG_CLOSED: 503,
  // A form read back from the log while the projection is being rebuilt: ask again shortly.
  FORM_ENTRY_MISMATCH: 503,
  FORM_NOT_IN_MEMORY: 500,
  FORM_RULES_FAILED: 422,
  RECAP_LOCKED: 409,
  CORRECTION_STALE: 409,
  KEY_UNKNOWN: 403,
  KEY_REVOKED: 403,
  KEY_ROLE_MISMATCH: 403,
  KEY_OUT_OF_SCOPE: 403,
  EVIDENCE_TOO_LARGE: 413,
  EVIDENCE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

const SUFFIX: ReadonlyArray<readonly [string, number]> = [
  ['_NOT_FOUND', 404],
  ['_CONFLICT', 409],
  ['_EXISTS', 409],
  ['_FORBIDDEN', 403],
  ['_UNAUTHENTICATED', 401],
];

export function statusFor(code: string): number {
  const exact = EXACT[code];
  if (exact !== undefined) return exact;
  for (const [suffix, status] of SUFFIX) if (code.endsWith(suffix)) return status;
  if (code.includes('_ALREADY_')) return 409;
  return 400;
}
