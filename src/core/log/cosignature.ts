/**
 * Witness cosignatures, c2sp.org/tlog-cosignature (Ed25519, "cosignature/v1").
 *
 * A cosignature is a note signature line on a checkpoint whose bytes are
 *
 *   key ID (4) ‖ timestamp (u64, big-endian, POSIX seconds) ‖ Ed25519 signature (64)
 *
 * with key ID = SHA-256(name ‖ 0x0A ‖ 0x04 ‖ public key)[:4] (signature type
 * 0x04) and the signature made over
 *
 *   "cosignature/v1\n" ‖ "time " ‖ decimal timestamp ‖ "\n" ‖ the whole checkpoint note text
 *
 * (tlog-cosignature "Ed25519 signed message"). A verifier configured with a
 * witness's (name, key) ignores lines that do not match both.
 */
import type { Ed25519Signer, LogCrypto, LogHasher } from './crypto.js';
import { ED25519_SIGNATURE_SIZE } from './crypto.js';
import { concatBytes, encodeUtf8, readUint64, writeUint64 } from './encoding.js';
import { logError } from './errors.js';
import { checkpointOfNote } from './checkpoint.js';
import type { NoteSigner, NoteVerifier, VerifierKey } from './note-key.js';
import {
  SIGNATURE_TYPE_COSIGNATURE_V1,
  SIGNATURE_TYPE_ED25519,
  isValidKeyName,
  noteKeyId,
} from './note-key.js';
import type { Note, NoteSignature } from './note.js';
import { cosignNote } from './note.js';

/** The header line of the signed message: domain separation. */
export const COSIGNATURE_V1_HEADER = 'cosignature/v1';
export const COSIGNATURE_TIMESTAMP_SIZE = 8;
/** timestamped_signature: u64 timestamp ‖ opaque ed25519_signature[64]. */
export const COSIGNATURE_SIZE = COSIGNATURE_TIMESTAMP_SIZE + ED25519_SIGNATURE_SIZE;
/** "It MUST NOT exceed 2^63 - 1." */
const MAX_WIRE_TIMESTAMP = 2n ** 63n - 1n;

export interface Cosignature {
  /** The cosigner's key name, as on the signature line. */
  readonly name: string;
  readonly keyId: number;
  /** POSIX seconds at which the witness cosigned. */
  readonly timestamp: number;
  readonly signature: Uint8Array;
}

/** The exact bytes an Ed25519 cosigner signs for `checkpointText` at `timestamp`. */
export function cosignatureMessage(checkpointText: string, timestamp: number | bigint): Uint8Array {
  return encodeUtf8(`${COSIGNATURE_V1_HEADER}\ntime ${BigInt(timestamp).toString(10)}\n${checkpointText}`);
}

/** Key ID with signature type 0x04 (tlog-cosignature "Format"). */
export function cosignatureKeyId(hasher: LogHasher, name: string, publicKey: Uint8Array): number {
  return noteKeyId(hasher, name, SIGNATURE_TYPE_COSIGNATURE_V1, publicKey);
}

/** Splits a cosignature line's bytes (after the key ID) into timestamp and signature. */
export function parseCosignature(signature: NoteSignature): Cosignature {
  if (signature.signature.length !== COSIGNATURE_SIZE) {
    throw logError('LOG_COSIGNATURE_MALFORMED', { field: signature.name });
  }
  const wire = readUint64(signature.signature, 0);
  if (wire > MAX_WIRE_TIMESTAMP || wire > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw logError('LOG_COSIGNATURE_TIMESTAMP_INVALID', { field: signature.name });
  }
  return {
    name: signature.name,
    keyId: signature.keyId,
    timestamp: Number(wire),
    signature: signature.signature.slice(COSIGNATURE_TIMESTAMP_SIZE),
  };
}

/**
 * A note verifier for one witness. Like transparency-dev/formats
 * NewVerifierForCosignatureV1, a plain Ed25519 vkey (type 0x01) is accepted
 * and treated as the same key with type 0x04.
 */
export function cosignatureVerifier(crypto: LogCrypto, key: VerifierKey): NoteVerifier {
  if (key.type !== SIGNATURE_TYPE_COSIGNATURE_V1 && key.type !== SIGNATURE_TYPE_ED25519) {
    throw logError('LOG_VKEY_INVALID', { field: 'vkey' });
  }
  return {
    name: key.name,
    keyId: cosignatureKeyId(crypto, key.name, key.publicKey),
    verify(text, signature) {
      if (signature.length !== COSIGNATURE_SIZE) return false;
      const timestamp = readUint64(signature, 0);
      if (timestamp > MAX_WIRE_TIMESTAMP) return false;
      const message = concatBytes(cosignatureMessage('', timestamp), text);
      return crypto.verifyEd25519(key.publicKey, message, signature.subarray(COSIGNATURE_TIMESTAMP_SIZE));
    },
  };
}

/** A note signer that cosigns at a given time (the core never reads the clock). */
export function cosignatureSigner(
  hasher: LogHasher,
  name: string,
  signer: Ed25519Signer,
  timestamp: number,
): NoteSigner {
  if (!isValidKeyName(name)) throw logError('LOG_NOTE_KEY_NAME_INVALID', { field: 'name' });
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw logError('LOG_COSIGNATURE_TIMESTAMP_INVALID', { field: 'timestamp' });
  }
  return {
    name,
    keyId: cosignatureKeyId(hasher, name, signer.publicKey),
    sign(text) {
      const signature = signer.sign(concatBytes(cosignatureMessage('', timestamp), text));
      return concatBytes(writeUint64(BigInt(timestamp)), signature);
    },
  };
}

/** Adds a witness cosignature to a signed checkpoint (which must parse as one). */
export function cosignCheckpoint(
  hasher: LogHasher,
  signedCheckpoint: string,
  name: string,
  signer: Ed25519Signer,
  timestamp: number,
): string {
  checkpointOfNote(signedCheckpoint);
  return cosignNote(signedCheckpoint, [cosignatureSigner(hasher, name, signer, timestamp)]);
}

export interface CosignatureOptions {
  /** Reject cosignatures dated after this POSIX time ("verifiers MAY reject ... timestamps in the future"). */
  readonly notAfter?: number;
}

/**
 * The valid cosignatures on `note` by the given witness keys, at most one per
 * witness. Lines that match no witness are ignored; a line that matches a
 * witness but does not verify rejects the note (signed-note "Signatures").
 */
export function verifyCosignatures(
  crypto: LogCrypto,
  note: Note,
  witnesses: readonly VerifierKey[],
  options: CosignatureOptions = {},
): Cosignature[] {
  const text = encodeUtf8(note.text);
  const found = new Map<NoteVerifier, Cosignature>();
  const verifiers = witnesses.map((w) => cosignatureVerifier(crypto, w));
  for (const line of note.signatures) {
    const verifier = verifiers.find((v) => v.name === line.name && v.keyId === line.keyId);
    if (verifier === undefined || found.has(verifier)) continue;
    const cosignature = parseCosignature(line);
    if (!verifier.verify(text, line.signature))
      throw logError('LOG_NOTE_SIGNATURE_INVALID', { field: line.name });
    if (options.notAfter !== undefined && cosignature.timestamp > options.notAfter) {
      throw logError('LOG_COSIGNATURE_TIMESTAMP_INVALID', { field: line.name });
    }
    found.set(verifier, cosignature);
  }
  return [...found.values()];
}

/** Throws LOG_COSIGNATURE_QUORUM_NOT_MET unless at least `quorum` distinct witnesses cosigned. */
export function requireQuorum(
  crypto: LogCrypto,
  note: Note,
  witnesses: readonly VerifierKey[],
  quorum: number,
  options: CosignatureOptions = {},
): Cosignature[] {
  const cosignatures = verifyCosignatures(crypto, note, witnesses, options);
  if (cosignatures.length < quorum) {
    throw logError('LOG_COSIGNATURE_QUORUM_NOT_MET', {
      field: 'cosignatures',
      detail: {
        id: `${cosignatures.length} dari ${quorum} saksi`,
        en: `${cosignatures.length} of ${quorum} witnesses`,
      },
    });
  }
  return cosignatures;
}
