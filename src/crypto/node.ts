/**
 * The log core's cryptography on node:crypto (OpenSSL): SHA-256 and Ed25519
 * about 12× faster than pure JS. Wrapped in the core's strict RFC 8032 checks
 * so that Node and the browser (@noble) accept exactly the same signatures.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { withStrictEd25519 } from '../core/log/crypto.js';
import type { Ed25519Signer, LogCrypto } from '../core/log/crypto.js';

/** DER SubjectPublicKeyInfo prefix of an Ed25519 key (RFC 8410 §4). */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** DER PKCS #8 prefix of an Ed25519 private key seed (RFC 8410 §7). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

const KEY_CACHE_LIMIT = 100_000;
const keyCache = new Map<string, KeyObject>();

/** A key object for a raw public key; a JWK imports ~8× faster than SPKI DER (bench/RESULTS.md). */
function publicKeyObject(publicKey: Uint8Array): KeyObject {
  const x = Buffer.from(publicKey.buffer, publicKey.byteOffset, publicKey.byteLength).toString('base64url');
  let key = keyCache.get(x);
  if (key === undefined) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(x, key);
  }
  return key;
}

export const nodeCrypto: LogCrypto = withStrictEd25519({
  sha256: (data) => createHash('sha256').update(data).digest(),
  verifyEd25519(publicKey, message, signature) {
    if (publicKey.length !== 32 || signature.length !== 64) return false;
    try {
      return verify(null, message, publicKeyObject(publicKey), signature);
    } catch {
      return false;
    }
  },
});

/** An Ed25519 signer from a 32-byte RFC 8032 seed. */
export function nodeSigner(seed: Uint8Array): Ed25519Signer {
  if (seed.length !== 32) throw new RangeError('an Ed25519 seed is 32 bytes');
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = new Uint8Array(spki.subarray(ED25519_SPKI_PREFIX.length));
  return { publicKey, sign: (message) => new Uint8Array(sign(null, message, privateKey)) };
}

/** A fresh random Ed25519 seed. */
export function newSeed(): Uint8Array {
  const { privateKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  return new Uint8Array(der.subarray(ED25519_PKCS8_PREFIX.length));
}
