import { describe, expect, it } from 'vitest';
import { nobleCrypto, nobleEd25519Signer, nobleSignerFromSkey } from './crypto-noble.js';
import {
  SIGNATURE_TYPE_COSIGNATURE_V1,
  SIGNATURE_TYPE_ED25519,
  formatVerifierKey,
  isValidKeyName,
  noteKeyPair,
  parseSignerKey,
  parseVerifierKey,
} from './note-key.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('verifier keys (vkeys)', () => {
  it('parses published vkeys and checks their key IDs (transparency-dev/formats note_cosigv1_test.go)', () => {
    const ed = parseVerifierKey(nobleCrypto, 'TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6');
    expect(ed).toMatchObject({ name: 'TEST', keyId: 0x7997405c, type: SIGNATURE_TYPE_ED25519 });
    const cosigner = parseVerifierKey(
      nobleCrypto,
      'remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2',
    );
    expect(cosigner).toMatchObject({
      name: 'remora.n621.de',
      keyId: 0xda77ade7,
      type: SIGNATURE_TYPE_COSIGNATURE_V1,
    });
  });

  it('round-trips format and parse', () => {
    const vkey = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';
    const key = parseVerifierKey(nobleCrypto, vkey);
    expect(formatVerifierKey(nobleCrypto, key.name, key.type, key.publicKey)).toBe(vkey);
  });

  it.each([
    ['wrong number of parts', 'bananas.sigstore.dev+12344556'],
    ['invalid base64', 'rekor.sigstore.dev+12345678+THIS_IS_NOT_BASE64!'],
    ['unknown signature type', 'rekor.sigstore.dev+12345678+AwEB'],
    ['key ID not hex', 'TEST+NOT_A_NUMBER+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6'],
    ['key ID mismatch', 'TEST+00000000+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6'],
    ['upper-case key ID', 'TEST+7997405C+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6'],
    ['short key', 'TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr'],
    ['small-order key', `id+00000000+${'AQEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'}`],
    ['bad name', 'a b+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6'],
  ])('rejects %s', (_why, vkey) => {
    expect(() => parseVerifierKey(nobleCrypto, vkey)).toThrow(code('LOG_VKEY_INVALID'));
  });
});

describe('signer keys (skeys)', () => {
  it.each([
    // transparency-dev/trillian-tessera testdata and examples (public test keys).
    [
      'PRIVATE+KEY+Test-Betty+df84580a+Afge8kCzBXU7jb3cV2Q363oNXCufJ6u9mjOY1BGRY9E2',
      'Test-Betty+df84580a+AQQASqPUZoIHcJAF5mBOryctwFdTV1E0GRY4kEAtTzwB',
    ],
    [
      'PRIVATE+KEY+binarytransparency.log/example+5de0f997+AXNNv9racVtMynH7oHIogZ4xS5sAIHBl47hlrcf6vsfu',
      'binarytransparency.log/example+5de0f997+AcPfp2roeTxqSqmPdDkA9rIAd0pe3C5Je6Rze2SqBDUp',
    ],
  ])('derives the published vkey from %s', (skey, vkey) => {
    const { name, type, signer } = nobleSignerFromSkey(skey);
    expect(formatVerifierKey(nobleCrypto, name, type, signer.publicKey)).toBe(vkey);
  });

  it('generates a key pair that round-trips', () => {
    const seed = new Uint8Array(32).fill(7);
    const signer = nobleEd25519Signer(seed);
    const { skey, vkey } = noteKeyPair(nobleCrypto, 'saksi.example/log', seed, signer.publicKey);
    expect(skey.startsWith('PRIVATE+KEY+saksi.example/log+')).toBe(true);
    expect(parseSignerKey(skey).seed).toEqual(seed);
    const fromSkey = nobleSignerFromSkey(skey);
    expect(formatVerifierKey(nobleCrypto, fromSkey.name, fromSkey.type, fromSkey.signer.publicKey)).toBe(
      vkey,
    );
  });

  it('rejects an skey whose key ID does not match its key', () => {
    const bad = 'PRIVATE+KEY+Test-Betty+df84580b+Afge8kCzBXU7jb3cV2Q363oNXCufJ6u9mjOY1BGRY9E2';
    expect(() => nobleSignerFromSkey(bad)).toThrow(code('LOG_SKEY_INVALID'));
    expect(() => parseSignerKey('PRIVATE+KEY+x+00000000+AQ==')).toThrow(code('LOG_SKEY_INVALID'));
  });
});

describe('key names', () => {
  it('follows signed-note: non-empty, no Unicode spaces, no plus', () => {
    expect(isValidKeyName('example.com/log42')).toBe(true);
    for (const bad of ['', 'a b', 'a+b', 'a\u00a0b', 'a\u3000b', 'a\tb', 'a\u0085b'])
      expect(isValidKeyName(bad)).toBe(false);
  });
});
