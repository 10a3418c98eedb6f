/**
 * Tracking codes of publicly filed reports: 12 characters in three groups
 * (`7KQM-4XRT-H2NC`), 11 random and a check character, from an alphabet
 * without the look-alikes 0/O, 1/I/L (31 symbols, ≈ 54 random bits). The
 * check character is a weighted sum modulo the prime 31: it catches every
 * single mistyped character and every swap of neighbours before the database
 * is asked.
 * The randomness is passed in (node:crypto on the server).
 */
import { SaksiError, msg } from '../errors/index.js';

export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const N = TRACKING_ALPHABET.length;
const RANDOM_CHARS = 11;
/** Bytes below this map to the alphabet without bias (rejection sampling). */
const UNBIASED = 256 - (256 % N);

/** A new tracking code from a source of random bytes. */
export function newTrackingCode(randomBytes: (n: number) => Uint8Array): string {
  const chars: string[] = [];
  while (chars.length < RANDOM_CHARS)
    for (const b of randomBytes(16)) {
      if (b < UNBIASED && chars.length < RANDOM_CHARS) chars.push(TRACKING_ALPHABET[b % N] as string);
    }
  const body = chars.join('');
  return format(body + checkChar(body));
}

/**
 * Parse a tracking code typed by a person (untrusted): case, spaces and
 * hyphens are ignored; the alphabet and the check character are enforced.
 */
export function parseTrackingCode(input: string, field = 'code'): string {
  const clean = typeof input === 'string' ? input.replace(/[\s-]/g, '').toUpperCase() : '';
  const valid =
    clean.length === RANDOM_CHARS + 1 &&
    [...clean].every((c) => TRACKING_ALPHABET.includes(c)) &&
    checkChar(clean.slice(0, RANDOM_CHARS)) === clean[RANDOM_CHARS];
  if (!valid)
    throw new SaksiError(
      'TRACKING_CODE_INVALID',
      msg(
        'Kode pelacakan tidak sah: periksa kembali 12 karakternya (mis. 7KQM-4XRT-H2NC).',
        'Invalid tracking code: check its 12 characters (e.g. 7KQM-4XRT-H2NC).',
      ),
      { field },
    );
  return format(clean);
}

/**
 * The check character c makes Σ (i+1)·vᵢ over all 12 characters ≡ 0 (mod 31).
 * 31 is prime and the weights 1…12 are distinct and non-zero, so any single
 * substitution and any swap of neighbours changes the sum.
 */
function checkChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * TRACKING_ALPHABET.indexOf(body[i] as string);
  // 13 is the inverse of the check character's weight 12 modulo 31.
  return TRACKING_ALPHABET[(((-sum * 13) % N) + N) % N] as string;
}

function format(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}
