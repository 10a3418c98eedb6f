/**
 * Time-based one-time passwords: HOTP (RFC 4226) over a time step counter
 * (RFC 6238). Pure: the caller passes the time and remembers the last step
 * used, so that a code cannot be replayed within its time step.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { base32Encode } from './base32.js';

export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

export interface TotpParams {
  /** RFC 6238 §4.1 X: the time step in seconds (30 by default). */
  readonly stepSeconds: number;
  /** RFC 6238 §4.1 T0: the Unix time to start counting steps from (0). */
  readonly t0: number;
  readonly digits: number;
  readonly algorithm: TotpAlgorithm;
}

/** What authenticator apps assume when an otpauth URI says nothing else. */
export const TOTP_DEFAULTS: TotpParams = { stepSeconds: 30, t0: 0, digits: 6, algorithm: 'SHA1' };

/** RFC 4226 §4 R6: a shared secret of at least 128 bits, 160 recommended. */
export const TOTP_SECRET_BYTES = 20;

const HASHES = { SHA1: sha1, SHA256: sha256, SHA512: sha512 } as const;

/** RFC 4226 §5.3: HMAC the 8-byte big-endian counter, then truncate dynamically. */
export function hotp(
  secret: Uint8Array,
  counter: number,
  digits = 6,
  algorithm: TotpAlgorithm = 'SHA1',
): string {
  const message = new Uint8Array(8);
  const view = new DataView(message.buffer);
  view.setUint32(0, Math.floor(counter / 2 ** 32));
  view.setUint32(4, counter >>> 0);
  const mac = hmac(HASHES[algorithm], secret, message);
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const binary =
    (((mac[offset] as number) & 0x7f) << 24) |
    ((mac[offset + 1] as number) << 16) |
    ((mac[offset + 2] as number) << 8) |
    (mac[offset + 3] as number);
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** RFC 6238 §4.2: T = floor((unix time − T0) / X). */
export function timeStep(unixSeconds: number, params: TotpParams = TOTP_DEFAULTS): number {
  return Math.floor((unixSeconds - params.t0) / params.stepSeconds);
}

export function totp(secret: Uint8Array, unixSeconds: number, params: TotpParams = TOTP_DEFAULTS): string {
  return hotp(secret, timeStep(unixSeconds, params), params.digits, params.algorithm);
}

export type TotpCheck =
  | { readonly ok: true; readonly step: number }
  | { readonly ok: false; readonly reason: 'malformed' | 'wrong' | 'replayed' };

/**
 * Check a code typed by a person (attacker-controlled) against the steps
 * around now (`window` steps either side, RFC 6238 §5.2 allows one for
 * network delay). A code of a step at or before `lastStep` is refused as a
 * replay. Every candidate is compared, in constant time per candidate.
 */
export function verifyTotp(
  secret: Uint8Array,
  code: string,
  unixSeconds: number,
  options: { window?: number; lastStep?: number | null; params?: TotpParams } = {},
): TotpCheck {
  const params = options.params ?? TOTP_DEFAULTS;
  const window = options.window ?? 1;
  const typed = typeof code === 'string' ? code.replace(/\s/g, '') : '';
  if (!new RegExp(`^\\d{${params.digits}}$`).test(typed)) return { ok: false, reason: 'malformed' };
  const now = timeStep(unixSeconds, params);
  let matched: number | null = null;
  for (let step = now - window; step <= now + window; step++) {
    if (step < 0) continue;
    if (equalCodes(hotp(secret, step, params.digits, params.algorithm), typed) && matched === null)
      matched = step;
  }
  if (matched === null) return { ok: false, reason: 'wrong' };
  if (options.lastStep !== undefined && options.lastStep !== null && matched <= options.lastStep)
    return { ok: false, reason: 'replayed' };
  return { ok: true, step: matched };
}

/** The `otpauth://totp/` URI that authenticator apps scan (Key Uri Format). */
export function otpauthUri(issuer: string, account: string, secret: Uint8Array): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const q = new URLSearchParams({
    secret: base32Encode(secret, false),
    issuer,
    algorithm: TOTP_DEFAULTS.algorithm,
    digits: String(TOTP_DEFAULTS.digits),
    period: String(TOTP_DEFAULTS.stepSeconds),
  });
  return `otpauth://totp/${label}?${q.toString()}`;
}

function equalCodes(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
