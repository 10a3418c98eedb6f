/**
 * A node:crypto implementation of the log core's `LogCrypto`, for tests:
 * faster hashing for the property tests, and a second implementation for the
 * crypto contract suite (src/core/log/crypto.contract.test.ts) to agree with.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import type { LogCrypto } from '../../src/core/log/crypto.js';

/** DER SubjectPublicKeyInfo prefix for an Ed25519 key (RFC 8410 §4). */
const ED25519_SPKI_PREFIX = Uint8Array.from([
  0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
]);

export const nodeCrypto: LogCrypto = {
  sha256: (data) => new Uint8Array(createHash('sha256').update(data).digest()),
  verifyEd25519(publicKey, message, signature) {
    if (publicKey.length !== 32 || signature.length !== 64) return false;
    try {
      const key = createPublicKey({
        key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]),
        format: 'der',
        type: 'spki',
      });
      return verify(null, message, key, signature);
    } catch {
      return false;
    }
  },
};
