/**
 * The pure-JavaScript implementation of `LogCrypto`, for the browser and as
 * the default elsewhere. Verification is pinned so that it agrees with
 * node:crypto (OpenSSL):
 * - `zip215: false`: strict RFC 8032 decoding (canonical encodings, S < L,
 *   and noble's refusal of small-order public keys);
 * - the cofactorless equation [S]B = R + [k]A, which OpenSSL checks, on top of
 *   noble's cofactored one (RFC 8032 §5.1.7 allows either). Without it a key
 *   holder could craft a signature with a torsion component that verifies in
 *   the browser but not on the server.
 * - `withStrictEd25519` byte checks shared with every other implementation.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import type { Ed25519Signer, LogCrypto } from './crypto.js';
import { ED25519_SEED_SIZE, withStrictEd25519 } from './crypto.js';
import { concatBytes } from './encoding.js';
import { logError } from './errors.js';
import { noteKeyId, parseSignerKey } from './note-key.js';

/** L, the prime order of the base point (RFC 8032 §5.1). */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

export const nobleCrypto: LogCrypto = withStrictEd25519({
  sha256: (data) => sha256(data),
  verifyEd25519(publicKey, message, signature) {
    try {
      return (
        ed25519.verify(signature, message, publicKey, { zip215: false }) &&
        cofactorlessEquationHolds(publicKey, message, signature)
      );
    } catch {
      return false;
    }
  },
});

/** [S]B = R + [SHA-512(R ‖ A ‖ M) mod L]A, comparing points (RFC 8032 §5.1.7 step 3, without [8]). */
function cofactorlessEquationHolds(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): boolean {
  const { Point } = ed25519;
  const A = Point.fromBytes(publicKey, false);
  const R = Point.fromBytes(signature.subarray(0, 32), false);
  const S = littleEndian(signature.subarray(32));
  const k = littleEndian(sha512(concatBytes(signature.subarray(0, 32), publicKey, message))) % L;
  return Point.BASE.multiplyUnsafe(S).equals(R.add(A.multiplyUnsafe(k)));
}

function littleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

/** An in-memory Ed25519 signer from a 32-byte RFC 8032 seed (the private key). */
export function nobleEd25519Signer(seed: Uint8Array): Ed25519Signer {
  if (seed.length !== ED25519_SEED_SIZE) throw logError('LOG_SKEY_INVALID', { field: 'seed' });
  const secret = Uint8Array.from(seed);
  return {
    publicKey: ed25519.getPublicKey(secret),
    sign: (message) => ed25519.sign(message, secret),
  };
}

/**
 * The signer held in an skey (`PRIVATE+KEY+name+id+base64(type ‖ seed)`),
 * checking that the key ID matches the derived public key.
 */
export function nobleSignerFromSkey(skey: string): {
  name: string;
  type: number;
  keyId: number;
  signer: Ed25519Signer;
} {
  const { name, type, keyId, seed } = parseSignerKey(skey);
  const signer = nobleEd25519Signer(seed);
  if (noteKeyId(nobleCrypto, name, type, signer.publicKey) !== keyId) {
    throw logError('LOG_SKEY_INVALID', { field: 'skey' });
  }
  return { name, type, keyId, signer };
}
