/**
 * Canonical JSON for hashing audit content: RFC 8785 (the same module that
 * canonicalizes log statements), so one definition of "canonical" serves
 * the whole product. A value that is not JSON is refused as AUDIT_CONTENT_INVALID.
 */
import { canonicalize } from '../canonical/index.js';
import { SaksiError, msg } from '../errors/index.js';

export function canonicalJson(value: unknown): string {
  try {
    return canonicalize(value);
  } catch (e) {
    const why = e instanceof SaksiError ? e.messages : msg('nilai tidak dikenal', 'unknown value');
    throw new SaksiError(
      'AUDIT_CONTENT_INVALID',
      msg(`Isi audit tidak dapat dijadikan JSON: ${why.id}`, `Audit content is not JSON: ${why.en}`),
      { cause: e },
    );
  }
}
