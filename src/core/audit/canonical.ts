/**
 * Canonical JSON for hashing audit content: object keys sorted by UTF-16
 * code unit (as RFC 8785 JCS does), no whitespace, `undefined` members
 * dropped. Only the JSON values the audit trail stores are accepted: strings,
 * safe integers and finite numbers, booleans, null, arrays and plain objects.
 */
import { SaksiError, msg } from '../errors/index.js';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw notJson('a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw notJson(typeof value);
}

function notJson(what: string): SaksiError {
  return new SaksiError(
    'AUDIT_CONTENT_INVALID',
    msg(`Isi audit tidak dapat dijadikan JSON: ${what}.`, `Audit content is not JSON: ${what}.`),
  );
}
