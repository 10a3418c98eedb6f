/**
 * The cryptography the log core needs, passed in rather than imported: the
 * server and CLI inject node:crypto (fast), the browser the pure @noble
 * implementation in `crypto-noble.ts`. Both MUST apply strict RFC 8032
 * Ed25519 verification (canonical encodings, S < L) so that they agree.
 */

/** SHA-256 and Ed25519 verification. */
export interface LogCrypto {
  sha256(data: Uint8Array): Uint8Array;
  /** RFC 8032 §5.1.7 verification; false (never a throw) for any bad input. */
  verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
}

/** Only the hash, for code that never verifies signatures (tree maths, tiles). */
export type LogHasher = Pick<LogCrypto, 'sha256'>;

/** An Ed25519 private key held by the caller (in memory, an HSM, a worker). */
export interface Ed25519Signer {
  /** The 32-byte RFC 8032 public key. */
  publicKey: Uint8Array;
  /** A 64-byte RFC 8032 signature of `message`. */
  sign(message: Uint8Array): Uint8Array;
}

export const SHA256_SIZE = 32;
export const ED25519_PUBLIC_KEY_SIZE = 32;
export const ED25519_SEED_SIZE = 32;
export const ED25519_SIGNATURE_SIZE = 64;

/** p = 2^255 - 19, the field of edwards25519 (RFC 8032 §5.1). */
const ED25519_P = 2n ** 255n - 19n;
/** L, the prime order of the edwards25519 base point (RFC 8032 §5.1). */
const ED25519_L = 2n ** 252n + 27742317777372353535851937790883648493n;
/**
 * The y-coordinates of the eight small-order points (orders 1, 2, 4, 8):
 * 1, p-1, 0, and ±y8 for the order-8 points (y8 read from the canonical
 * encoding 26e8958f…fc05; p - y8 is c7176a70…037a).
 */
const Y8 = 0x05fc536d880238b13933c6d305acdfd5f098eff289f4c345b027b2c28f95e826n;
const SMALL_ORDER_Y = new Set([0n, 1n, ED25519_P - 1n, Y8, ED25519_P - Y8]);

/**
 * Wraps a `LogCrypto` with byte-level checks that make every implementation
 * agree before the curve maths runs: the public key and R must be canonical
 * encodings (y < p, RFC 8032 §5.1.3), the key must not be one of the eight
 * small-order points (noble rejects them, OpenSSL accepts them), and S < L
 * (RFC 8032 §5.1.7). Apply it to every injected implementation.
 */
export function withStrictEd25519(crypto: LogCrypto): LogCrypto {
  return {
    sha256: (data) => crypto.sha256(data),
    verifyEd25519(publicKey, message, signature) {
      if (!isStrictEd25519PublicKey(publicKey) || !isStrictEd25519Signature(signature)) return false;
      return crypto.verifyEd25519(publicKey, message, signature);
    },
  };
}

/** 32 bytes, canonical y, and not a small-order point. */
export function isStrictEd25519PublicKey(publicKey: Uint8Array): boolean {
  if (publicKey.length !== ED25519_PUBLIC_KEY_SIZE) return false;
  const y = littleEndian(publicKey) & (2n ** 255n - 1n);
  return y < ED25519_P && !SMALL_ORDER_Y.has(y);
}

/** 64 bytes, R with canonical y, and S < L. */
export function isStrictEd25519Signature(signature: Uint8Array): boolean {
  if (signature.length !== ED25519_SIGNATURE_SIZE) return false;
  const rY = littleEndian(signature.subarray(0, 32)) & (2n ** 255n - 1n);
  return rY < ED25519_P && littleEndian(signature.subarray(32)) < ED25519_L;
}

function littleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}
