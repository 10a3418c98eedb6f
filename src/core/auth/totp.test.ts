import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './base32.js';
import { hotp, otpauthUri, timeStep, totp, verifyTotp, TOTP_DEFAULTS } from './totp.js';
import type { TotpAlgorithm } from './totp.js';

const ascii = (s: string) => new TextEncoder().encode(s);

/** RFC 6238 Appendix B: the seeds are ASCII digits of 20, 32 and 64 bytes. */
const SEEDS: Record<TotpAlgorithm, Uint8Array> = {
  SHA1: ascii('12345678901234567890'),
  SHA256: ascii('12345678901234567890123456789012'),
  SHA512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
};

/** RFC 6238 Appendix B, Table: time (s), T (hex), TOTP, mode — 8 digits, X = 30, T0 = 0. */
const RFC6238_VECTORS: ReadonlyArray<readonly [number, string, string, TotpAlgorithm]> = [
  [59, '0000000000000001', '94287082', 'SHA1'],
  [59, '0000000000000001', '46119246', 'SHA256'],
  [59, '0000000000000001', '90693936', 'SHA512'],
  [1111111109, '00000000023523EC', '07081804', 'SHA1'],
  [1111111109, '00000000023523EC', '68084774', 'SHA256'],
  [1111111109, '00000000023523EC', '25091201', 'SHA512'],
  [1111111111, '00000000023523ED', '14050471', 'SHA1'],
  [1111111111, '00000000023523ED', '67062674', 'SHA256'],
  [1111111111, '00000000023523ED', '99943326', 'SHA512'],
  [1234567890, '000000000273EF07', '89005924', 'SHA1'],
  [1234567890, '000000000273EF07', '91819424', 'SHA256'],
  [1234567890, '000000000273EF07', '93441116', 'SHA512'],
  [2000000000, '0000000003F940AA', '69279037', 'SHA1'],
  [2000000000, '0000000003F940AA', '90698825', 'SHA256'],
  [2000000000, '0000000003F940AA', '38618901', 'SHA512'],
  [20000000000, '0000000027BC86AA', '65353130', 'SHA1'],
  [20000000000, '0000000027BC86AA', '77737706', 'SHA256'],
  [20000000000, '0000000027BC86AA', '47863826', 'SHA512'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC6238_VECTORS)('t=%i T=%s → %s (%s)', (time, stepHex, code, algorithm) => {
    const params = { ...TOTP_DEFAULTS, digits: 8, algorithm };
    expect(timeStep(time, params)).toBe(parseInt(stepHex, 16));
    expect(totp(SEEDS[algorithm], time, params)).toBe(code);
  });

  it('matches RFC 4226 Appendix D (HOTP, counters 0–9)', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, i) => hotp(SEEDS.SHA1, i))).toEqual(expected);
  });

  it('accepts the current code and one step either side, and refuses a replay in the same step', () => {
    const secret = SEEDS.SHA1;
    const now = 1_732_700_000;
    const code = totp(secret, now);
    const first = verifyTotp(secret, code, now);
    expect(first).toEqual({ ok: true, step: timeStep(now) });
    expect(verifyTotp(secret, code, now, { lastStep: timeStep(now) })).toEqual({
      ok: false,
      reason: 'replayed',
    });
    expect(verifyTotp(secret, totp(secret, now - 30), now).ok).toBe(true);
    expect(verifyTotp(secret, totp(secret, now + 30), now).ok).toBe(true);
    expect(verifyTotp(secret, totp(secret, now - 90), now)).toEqual({ ok: false, reason: 'wrong' });
  });

  it('treats typed input as hostile', () => {
    const secret = SEEDS.SHA1;
    for (const bad of ['', '12345', '1234567', 'abcdef', '12 34 5x', '١٢٣٤٥٦'])
      expect(verifyTotp(secret, bad, 1_000_000).ok).toBe(false);
    expect(verifyTotp(secret, undefined as unknown as string, 1_000_000)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('builds an otpauth URI with the base32 secret', () => {
    const uri = otpauthUri('Saksi', 'kpu.batu', SEEDS.SHA1);
    expect(uri).toBe(
      'otpauth://totp/Saksi:kpu.batu?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Saksi&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('base32 (RFC 4648 §10 test vectors)', () => {
  it.each([
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ])('%j ↔ %s', (plain, encoded) => {
    expect(base32Encode(ascii(plain))).toBe(encoded);
    expect(new TextDecoder().decode(base32Decode(encoded))).toBe(plain);
    expect(new TextDecoder().decode(base32Decode(encoded.toLowerCase().replace(/=/g, '')))).toBe(plain);
  });
  it('refuses characters outside the alphabet', () => {
    expect(() => base32Decode('MZ1W')).toThrowError(expect.objectContaining({ code: 'BASE32_INVALID' }));
  });
});
