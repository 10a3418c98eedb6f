/**
 * Is `text` exactly the RFC 8785 canonical text of `value` (which is
 * `JSON.parse(text)`)? The answer of `canonicalize(value) === text`, found
 * without re-serialising in JavaScript on the common path: every log entry
 * is checked this way before it is accepted, and the JavaScript serialiser
 * was a tenth of the ingest's main-thread time (bench/RESULTS.md).
 *
 * For a value parsed from JSON, the engine's own JSON.stringify writes
 * numbers (Number::toString) and escapes strings exactly as JCS does; it
 * differs from JCS only in member order (insertion order, with array-index
 * names such as "10" first in numeric order) and in lone surrogates, which
 * JCS refuses. So: when the text has no \u escape (no surrogate can hide
 * there: the text itself is well-formed UTF-16), equal JSON.stringify output
 * and member names ascending by UTF-16 code units in every object mean
 * canonical; every other case takes the full serialiser.
 */
import { CANONICAL_JSON_MAX_DEPTH, canonicalize } from './canonicalize.js';

export function isCanonicalText(value: unknown, text: string): boolean {
  if (!text.includes('\\u') && JSON.stringify(value) === text) return sortedMembers(value, 0);
  try {
    return canonicalize(value) === text;
  } catch {
    return false; // a lone surrogate or too deep: no canonical text at all
  }
}

/** Every object's member names strictly ascending (a repeated name never survives JSON.parse). */
function sortedMembers(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth >= CANONICAL_JSON_MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!sortedMembers(item, depth + 1)) return false;
    return true;
  }
  let previous: string | undefined;
  for (const name in value) {
    if (previous !== undefined && !(previous < name)) return false;
    previous = name;
    if (!sortedMembers((value as Record<string, unknown>)[name], depth + 1)) return false;
  }
  return true;
}
