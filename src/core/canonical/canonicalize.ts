/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the one byte string a JSON
 * value signs as, whatever produced it.
 *
 * - §3.2.2.3 numbers: the ECMAScript Number serialization (`String(n)`;
 *   -0 becomes 0); NaN and ±Infinity are not JSON and are rejected.
 * - §3.2.2.2 strings: as ECMAScript JSON.stringify — `"` and `\` escaped,
 *   U+0000–U+001F as \b \t \n \f \r or \u00xx (lower-case hex), everything
 *   else literal. Lone surrogates cannot be UTF-8 (I-JSON, §3.1) and are rejected.
 * - §3.2.3 object members sorted by their names' UTF-16 code units,
 *   recursively; array order kept; no whitespace.
 *
 * Accepted values: null, booleans, finite numbers, strings, arrays and plain
 * objects. A member whose value is `undefined` is omitted (as JSON.stringify
 * does); `undefined` anywhere else, bigint, functions, symbols, Dates and
 * other class instances are rejected rather than silently converted.
 */
import { SaksiError, msg } from '../errors/index.js';
import type { Message } from '../errors/index.js';

/** Deeper nesting is refused, which also stops reference cycles. */
export const CANONICAL_JSON_MAX_DEPTH = 64;

const ERRORS = {
  CANONICAL_JSON_NUMBER_NOT_FINITE: msg(
    'Angka JSON harus terhingga (bukan NaN atau Infinity).',
    'A JSON number must be finite (not NaN or Infinity).',
  ),
  CANONICAL_JSON_LONE_SURROGATE: msg(
    'Teks JSON berisi surrogate UTF-16 tanpa pasangan.',
    'A JSON string contains an unpaired UTF-16 surrogate.',
  ),
  CANONICAL_JSON_UNSUPPORTED_VALUE: msg(
    'Nilai ini tidak dapat dinyatakan sebagai JSON kanonis.',
    'This value cannot be expressed as canonical JSON.',
  ),
  CANONICAL_JSON_TOO_DEEP: msg(
    'JSON terlalu dalam bersarang (atau melingkar).',
    'JSON nested too deeply (or cyclic).',
  ),
} satisfies Record<string, Message>;

export type CanonicalJsonErrorCode = keyof typeof ERRORS;

/** The RFC 8785 canonical text of `value`. */
export function canonicalize(value: unknown): string {
  return serialize(value, '$', 0);
}

/** The UTF-8 bytes of the canonical text: what gets hashed and signed. */
export function canonicalBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalize(value));
}

function serialize(value: unknown, path: string, depth: number): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return serializeNumber(value, path);
    case 'string':
      return serializeString(value, path);
    case 'object':
      if (depth >= CANONICAL_JSON_MAX_DEPTH) throw error('CANONICAL_JSON_TOO_DEEP', path);
      if (Array.isArray(value)) return serializeArray(value, path, depth + 1);
      if (isPlainObject(value)) return serializeObject(value, path, depth + 1);
      throw error('CANONICAL_JSON_UNSUPPORTED_VALUE', path);
    default:
      throw error('CANONICAL_JSON_UNSUPPORTED_VALUE', path);
  }
}

/** §3.2.2.3: ECMAScript Number::toString, which String() applies (and which prints -0 as "0"). */
function serializeNumber(value: number, path: string): string {
  if (!Number.isFinite(value)) throw error('CANONICAL_JSON_NUMBER_NOT_FINITE', path);
  return String(value);
}

/** §3.2.2.2: JSON.stringify's escaping is exactly JCS's once lone surrogates are excluded. */
function serializeString(value: string, path: string): string {
  if (/\p{Surrogate}/u.test(value)) throw error('CANONICAL_JSON_LONE_SURROGATE', path);
  return JSON.stringify(value);
}

function serializeArray(values: readonly unknown[], path: string, depth: number): string {
  const items: string[] = [];
  for (let i = 0; i < values.length; i++) items.push(serialize(values[i], `${path}[${i}]`, depth));
  return `[${items.join(',')}]`;
}

/** §3.2.3: members sorted by name as arrays of UTF-16 code units (JavaScript's default string order). */
function serializeObject(object: Record<string, unknown>, path: string, depth: number): string {
  const names = Object.keys(object).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const members: string[] = [];
  for (const name of names) {
    const member = object[name];
    if (member === undefined) continue;
    members.push(`${serializeString(name, path)}:${serialize(member, `${path}.${name}`, depth)}`);
  }
  return `{${members.join(',')}}`;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function error(code: CanonicalJsonErrorCode, field: string): SaksiError {
  return new SaksiError(code, ERRORS[code], { field });
}
