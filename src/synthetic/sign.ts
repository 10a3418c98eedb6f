/**
 * Keys and signatures of the simulated officers. A KPPS key is a fresh
 * random Ed25519 key (node:crypto's key generation is ~10× faster than
 * importing a seed); the statement bytes are those of `sealStatement`
 * (docs/FORMATS.md §2), built with one canonical encoding of the body
 * instead of two — the ingest refuses any entry that is not canonical, so a
 * difference could not go unnoticed (and sign.test.ts compares the two).
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { canonicalBytes } from '../core/canonical/index.js';
import type { Ed25519Signer } from '../core/log/crypto.js';
import { encodeBase64 } from '../core/log/encoding.js';
import { MAX_ENTRY_BYTES, STATEMENT_DOMAIN, keyIdOf } from '../core/statements/index.js';
import { nodeCrypto } from '../crypto/node.js';

export interface SimSigner extends Ed25519Signer {
  readonly keyId: string;
}

const SPKI_PREFIX_BYTES = 12;

/**
 * A fresh random key. The public key comes out as DER from the generation
 * call itself: exporting it afterwards as a JWK deadlocked Node 20.20 inside
 * a garbage collection now and then (once in ≈ 50,000 keys, seen with gdb).
 */
export function newSimSigner(): SimSigner {
  // Node returns each half encoded or not on its own; the type overloads only know both or neither.
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'der' },
  } as object) as unknown as { privateKey: KeyObject; publicKey: Buffer };
  return fromKeyObject(privateKey, new Uint8Array(publicKey.subarray(SPKI_PREFIX_BYTES)));
}

/** An existing signer (the root key loaded from its file) with its key id. */
export function withKeyId(signer: Ed25519Signer): SimSigner {
  return { publicKey: signer.publicKey, sign: signer.sign, keyId: keyIdOf(nodeCrypto, signer.publicKey) };
}

function fromKeyObject(privateKey: KeyObject, publicKey: Uint8Array): SimSigner {
  return {
    publicKey,
    keyId: keyIdOf(nodeCrypto, publicKey),
    sign: (message) => new Uint8Array(sign(null, message, privateKey)),
  };
}

const encoder = new TextEncoder();

/** The entry bytes of a signed statement: `sealStatement`'s, byte for byte. */
export function seal(signer: SimSigner, type: string, body: unknown): Uint8Array {
  const bodyBytes = canonicalBytes(body);
  const prefix = encoder.encode(`${STATEMENT_DOMAIN}\n${type}\n`);
  const message = new Uint8Array(prefix.length + bodyBytes.length);
  message.set(prefix, 0);
  message.set(bodyBytes, prefix.length);
  const sig = encodeBase64(signer.sign(message));
  const head = encoder.encode('{"body":');
  const tail = encoder.encode(`,"keyId":"${signer.keyId}","sig":"${sig}","type":"${type}","v":1}`);
  const out = new Uint8Array(head.length + bodyBytes.length + tail.length);
  out.set(head, 0);
  out.set(bodyBytes, head.length);
  out.set(tail, head.length + bodyBytes.length);
  if (out.length > MAX_ENTRY_BYTES) throw new RangeError(`a ${type} of ${out.length} bytes exceeds 65,535`);
  return out;
}
