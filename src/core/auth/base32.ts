/**
 * Base32 (RFC 4648 §6), the encoding of TOTP secrets in authenticator apps
 * (`otpauth://` URIs). Decoding is lenient about case, spaces and padding,
 * strict about the alphabet; its input is typed by people.
 */
import { SaksiError, msg } from '../errors/index.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Encode with `=` padding to a multiple of 8 characters (RFC 4648 §6). */
export function base32Encode(bytes: Uint8Array, pad = true): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  if (pad) while (out.length % 8 !== 0) out += '=';
  return out;
}

export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0)
      throw new SaksiError(
        'BASE32_INVALID',
        msg('Teks base32 memuat karakter yang tidak sah.', 'The base32 text has an invalid character.'),
      );
    buffer = ((buffer << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}
