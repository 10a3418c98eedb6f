/**
 * Test vectors for docs/FORMATS.md: fixed seeds and bodies, sealed into the
 * exact entry bytes. `vectors.test.ts` proves the committed JSON still
 * matches the code, so the document cannot drift from what Saksi writes.
 */
import type { Ed25519Signer, LogCrypto } from '../log/crypto.js';
import { encodeHex } from '../log/encoding.js';
import { hashLeaf } from '../log/hash.js';
import { keyIdOf, sealStatement, signedMessage } from './envelope.js';

export interface StatementVector {
  readonly name: string;
  readonly seedHex: string;
  readonly publicKeyHex: string;
  readonly keyId: string;
  readonly type: string;
  readonly body: unknown;
  readonly signedMessageHex: string;
  readonly entry: string;
  readonly leafHashHex: string;
}

export const VECTOR_SEEDS = {
  root: '0000000000000000000000000000000000000000000000000000000000000001',
  kpps: '0000000000000000000000000000000000000000000000000000000000000002',
} as const;

export function buildVector(
  crypto: LogCrypto,
  name: string,
  seedHex: string,
  signer: Ed25519Signer,
  type: string,
  body: unknown,
): StatementVector {
  const entry = sealStatement(crypto, signer, type, body);
  return {
    name,
    seedHex,
    publicKeyHex: encodeHex(signer.publicKey),
    keyId: keyIdOf(crypto, signer.publicKey),
    type,
    body,
    signedMessageHex: encodeHex(signedMessage(type, body)),
    entry: new TextDecoder().decode(entry),
    leafHashHex: encodeHex(hashLeaf(crypto, entry)),
  };
}
