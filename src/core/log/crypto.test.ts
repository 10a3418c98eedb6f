/**
 * One contract suite run against every `LogCrypto` implementation: the pure
 * @noble one (browser) and node:crypto behind `withStrictEd25519` (server).
 * They must agree on every input, including crafted edge cases.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { nodeCrypto } from '../../../test/support/node-crypto.js';
import { seededRng } from '../random/index.js';
import type { LogCrypto } from './crypto.js';
import { isStrictEd25519PublicKey, withStrictEd25519 } from './crypto.js';
import { nobleCrypto, nobleEd25519Signer } from './crypto-noble.js';
import { concatBytes, encodeHex, encodeUtf8 } from './encoding.js';
import { hex } from './testdata/tree.js';

const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const le = (b: Uint8Array) => [...b].reverse().reduce((n, x) => (n << 8n) | BigInt(x), 0n);
const toLe = (n: bigint) => Uint8Array.from({ length: 32 }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn));

/** RFC 8032 §7.1 TEST 1 and TEST 2. */
const RFC8032 = [
  {
    seed: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    seed: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    publicKey: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
];

/** Canonical encodings of the eight small-order points. */
const SMALL_ORDER = [
  '0100000000000000000000000000000000000000000000000000000000000000',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0000000000000000000000000000000000000000000000000000000000000080',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
];

/** A valid-looking signature whose R carries an order-8 component: cofactored verification accepts it. */
function torsionSignature(
  seed: Uint8Array,
  message: Uint8Array,
): { publicKey: Uint8Array; signature: Uint8Array } {
  const { Point } = ed25519;
  const { scalar, pointBytes } = ed25519.utils.getExtendedPublicKey(seed);
  const r = 123456789n;
  const R = Point.BASE.multiply(r).add(Point.fromBytes(hex(SMALL_ORDER[4]!)));
  const Rb = R.toBytes();
  const k = le(sha512(concatBytes(Rb, pointBytes, message))) % L;
  const S = (r + k * scalar) % L;
  return { publicKey: pointBytes, signature: concatBytes(Rb, toLe(S)) };
}

const implementations: [string, LogCrypto][] = [
  ['@noble (browser)', nobleCrypto],
  ['node:crypto behind withStrictEd25519 (server)', withStrictEd25519(nodeCrypto)],
];

describe.each(implementations)('LogCrypto contract: %s', (_name, crypto) => {
  it('hashes like SHA-256 (FIPS 180-4 "abc")', () => {
    expect(encodeHex(crypto.sha256(encodeUtf8('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it.each(RFC8032)('verifies RFC 8032 §7.1 vector $publicKey', (v) => {
    const [pub, message, sig] = [hex(v.publicKey), hex(v.message), hex(v.signature)];
    expect(crypto.verifyEd25519(pub, message, sig)).toBe(true);
    expect(crypto.verifyEd25519(pub, concatBytes(message, Uint8Array.of(0)), sig)).toBe(false);
    const flipped = Uint8Array.from(sig);
    flipped[10]! ^= 1;
    expect(crypto.verifyEd25519(pub, message, flipped)).toBe(false);
  });

  it('rejects S + L (non-canonical S, RFC 8032 §5.1.7)', () => {
    const v = RFC8032[0]!;
    const sig = hex(v.signature);
    const malleated = concatBytes(sig.subarray(0, 32), toLe(le(sig.subarray(32)) + L));
    expect(crypto.verifyEd25519(hex(v.publicKey), hex(v.message), malleated)).toBe(false);
  });

  it('rejects small-order public keys, even with a signature OpenSSL alone would accept', () => {
    for (const key of SMALL_ORDER) {
      const identitySig = concatBytes(hex(SMALL_ORDER[0]!), new Uint8Array(32));
      expect(crypto.verifyEd25519(hex(key), new Uint8Array(), identitySig)).toBe(false);
    }
  });

  it('rejects a non-canonical encoding (y + p) of a point', () => {
    const nonCanonicalIdentity = toLe(2n ** 255n - 19n + 1n);
    const sig = concatBytes(nonCanonicalIdentity, new Uint8Array(32));
    expect(crypto.verifyEd25519(nonCanonicalIdentity, new Uint8Array(), sig)).toBe(false);
  });

  it('rejects a signature with a torsion component in R (cofactored-only validity)', () => {
    const message = encodeUtf8('torsion');
    const { publicKey, signature } = torsionSignature(hex(RFC8032[0]!.seed), message);
    expect(ed25519.verify(signature, message, publicKey, { zip215: false })).toBe(true); // noble alone accepts
    expect(crypto.verifyEd25519(publicKey, message, signature)).toBe(false);
  });

  it('returns false, never throws, on wrong lengths', () => {
    const v = RFC8032[0]!;
    expect(crypto.verifyEd25519(hex(v.publicKey).subarray(1), new Uint8Array(), hex(v.signature))).toBe(
      false,
    );
    expect(crypto.verifyEd25519(hex(v.publicKey), new Uint8Array(), hex(v.signature).subarray(1))).toBe(
      false,
    );
  });

  it('verifies what the noble signer signs, for random keys and messages', () => {
    const rng = seededRng('ed25519-contract');
    for (let i = 0; i < 20; i++) {
      const signer = nobleEd25519Signer(Uint8Array.from({ length: 32 }, () => rng.int(0, 255)));
      const message = Uint8Array.from({ length: rng.int(0, 200) }, () => rng.int(0, 255));
      expect(crypto.verifyEd25519(signer.publicKey, message, signer.sign(message))).toBe(true);
    }
  });
});

describe('small-order table', () => {
  it('lists exactly the canonical encodings of small-order points', () => {
    for (const key of SMALL_ORDER) {
      const bytes = hex(key);
      const decodes = (() => {
        try {
          return ed25519.Point.fromBytes(bytes, false).isSmallOrder();
        } catch {
          return 'non-canonical';
        }
      })();
      // The two x=0 points with the sign bit set are non-canonical; the rest decode to small order.
      expect([true, 'non-canonical']).toContain(decodes);
      expect(isStrictEd25519PublicKey(bytes)).toBe(false);
    }
    expect(isStrictEd25519PublicKey(hex(RFC8032[0]!.publicKey))).toBe(true);
  });

  it('agrees with noble on random keys', () => {
    const rng = seededRng('small-order');
    for (let i = 0; i < 50; i++) {
      const pub = nobleEd25519Signer(Uint8Array.from({ length: 32 }, () => rng.int(0, 255))).publicKey;
      expect(isStrictEd25519PublicKey(pub)).toBe(true);
    }
  });
});
