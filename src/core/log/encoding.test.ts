import { describe, expect, it } from 'vitest';
import { seededRng } from '../random/index.js';
import {
  decodeBase64,
  decodeHex,
  decodeUtf8,
  encodeBase64,
  encodeHex,
  encodeUtf8,
  parseDecimal,
} from './encoding.js';

describe('base64 (RFC 4648 §4, strict)', () => {
  it('encodes and decodes the RFC 4648 §10 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(encodeBase64(encodeUtf8(plain))).toBe(encoded);
      expect(decodeBase64(encoded)).toEqual(encodeUtf8(plain));
    }
  });

  it('round-trips random bytes', () => {
    const rng = seededRng('base64');
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: rng.int(0, 70) }, () => rng.int(0, 255));
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    }
  });

  it.each([
    'Zg',
    'Zg=',
    'Zh==',
    'Zm9=',
    'Zg==Zg==',
    'Z===',
    '====',
    'Zm9v\n',
    ' Zm9v',
    'Zm-v',
    'Zm_v',
    'Zm9vé',
  ])('rejects %j', (text) => expect(decodeBase64(text)).toBeUndefined());
});

describe('other encodings', () => {
  it('hex', () => {
    expect(encodeHex(Uint8Array.of(0, 0xab, 0xff))).toBe('00abff');
    expect(decodeHex('00ABff')).toEqual(Uint8Array.of(0, 0xab, 0xff));
    for (const bad of ['0', 'zz', '0x00']) expect(decodeHex(bad)).toBeUndefined();
  });

  it('UTF-8, refusing invalid sequences', () => {
    expect(decodeUtf8(encodeUtf8('Pemilu — 2024 ✓'))).toBe('Pemilu — 2024 ✓');
    expect(decodeUtf8(Uint8Array.of(0xc3))).toBeUndefined();
    expect(decodeUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBeUndefined(); // an encoded surrogate
  });

  it('decimals without sign, leading zeroes or unsafe values', () => {
    expect(parseDecimal('0')).toBe(0);
    expect(parseDecimal('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of [
      '',
      '00',
      '01',
      '-1',
      '+1',
      '1.0',
      '1e3',
      ' 1',
      '9007199254740992',
      '99999999999999999',
    ]) {
      expect(parseDecimal(bad)).toBeUndefined();
    }
  });
});
