/** Deterministic test keys: never use these seeds outside tests. */
import type { Ed25519Signer } from '../crypto.js';
import { nobleCrypto, nobleEd25519Signer } from '../crypto-noble.js';
import type { NoteSigner, NoteVerifier, VerifierKey } from '../note-key.js';
import {
  SIGNATURE_TYPE_COSIGNATURE_V1,
  SIGNATURE_TYPE_ED25519,
  ed25519NoteSigner,
  ed25519NoteVerifier,
  formatVerifierKey,
  parseVerifierKey,
} from '../note-key.js';

export interface TestKey {
  readonly name: string;
  readonly signer: Ed25519Signer;
  readonly vkey: string;
  readonly key: VerifierKey;
  readonly noteSigner: NoteSigner;
  readonly noteVerifier: NoteVerifier;
}

/** An Ed25519 note key (type 0x01) from a one-byte seed pattern. */
export function testLogKey(name: string, seedByte: number): TestKey {
  const signer = nobleEd25519Signer(new Uint8Array(32).fill(seedByte));
  const vkey = formatVerifierKey(nobleCrypto, name, SIGNATURE_TYPE_ED25519, signer.publicKey);
  const key = parseVerifierKey(nobleCrypto, vkey);
  return {
    name,
    signer,
    vkey,
    key,
    noteSigner: ed25519NoteSigner(nobleCrypto, name, signer),
    noteVerifier: ed25519NoteVerifier(nobleCrypto, key),
  };
}

/** A witness cosigner key (vkey type 0x04) from a one-byte seed pattern. */
export function testWitnessKey(name: string, seedByte: number): { name: string; signer: Ed25519Signer; vkey: string; key: VerifierKey } {
  const signer = nobleEd25519Signer(new Uint8Array(32).fill(seedByte));
  const vkey = formatVerifierKey(nobleCrypto, name, SIGNATURE_TYPE_COSIGNATURE_V1, signer.publicKey);
  return { name, signer, vkey, key: parseVerifierKey(nobleCrypto, vkey) };
}
