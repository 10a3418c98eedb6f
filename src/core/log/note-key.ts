/**
 * Keys for signed notes (c2sp.org/signed-note): key IDs, the vkey/skey text
 * encodings used by golang.org/x/mod/sumdb/note and the C2SP specs, and the
 * Ed25519 note signer and verifier.
 *
 *   key ID = SHA-256(key name ‖ 0x0A ‖ signature type ‖ public key)[:4]   (big-endian uint32)
 *   vkey   = <name>+<8 hex digits of key ID>+base64(signature type ‖ public key)
 *   skey   = PRIVATE+KEY+<name>+<8 hex digits of key ID>+base64(signature type ‖ seed)
 */
import type { Ed25519Signer, LogCrypto, LogHasher } from './crypto.js';
import { ED25519_PUBLIC_KEY_SIZE, ED25519_SEED_SIZE, isStrictEd25519PublicKey } from './crypto.js';
import {
  concatBytes,
  decodeBase64,
  encodeBase64,
  encodeUtf8,
  hasControlCharacter,
  hasLoneSurrogate,
  readUint32,
} from './encoding.js';
import { msg } from '../errors/index.js';
import { logError } from './errors.js';

/** signed-note "Signature types": 0x01 is Ed25519 over the note text. */
export const SIGNATURE_TYPE_ED25519 = 0x01;
/** signed-note "Signature types": 0x04 is the timestamped Ed25519 cosignature of c2sp.org/tlog-cosignature. */
export const SIGNATURE_TYPE_COSIGNATURE_V1 = 0x04;
const SIGNER_KEY_PREFIX = 'PRIVATE+KEY+';
/** Generous bound on a vkey or skey string (they are ~100 characters). */
const MAX_KEY_TEXT = 1024;

/** A parsed verifier key (vkey). */
export interface VerifierKey {
  readonly name: string;
  readonly keyId: number;
  /** The signature type byte, e.g. SIGNATURE_TYPE_ED25519. */
  readonly type: number;
  /** The public key, without the type byte. */
  readonly publicKey: Uint8Array;
}

/** Checks a signature by one key; `signature` excludes the 4-byte key ID. */
export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  verify(text: Uint8Array, signature: Uint8Array): boolean;
}

/** Produces a signature by one key, without the 4-byte key ID. */
export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  sign(text: Uint8Array): Uint8Array;
}

/**
 * signed-note "Format": key names MUST be non-empty and MUST NOT contain
 * Unicode spaces or '+'. Control characters are refused as in the note itself.
 */
export function isValidKeyName(name: string): boolean {
  return (
    name.length > 0 &&
    !/[\s\u0085+]/u.test(name) &&
    !hasControlCharacter(name, false) &&
    !hasLoneSurrogate(name)
  );
}

/** signed-note "Signatures": the recommended key ID. */
export function noteKeyId(hasher: LogHasher, name: string, type: number, publicKey: Uint8Array): number {
  const digest = hasher.sha256(concatBytes(encodeUtf8(name), Uint8Array.of(0x0a, type), publicKey));
  return readUint32(digest, 0);
}

export function formatKeyId(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

export function formatVerifierKey(
  hasher: LogHasher,
  name: string,
  type: number,
  publicKey: Uint8Array,
): string {
  if (!isValidKeyName(name)) throw logError('LOG_NOTE_KEY_NAME_INVALID', { field: 'name' });
  const keyId = noteKeyId(hasher, name, type, publicKey);
  return `${name}+${formatKeyId(keyId)}+${encodeBase64(concatBytes(Uint8Array.of(type), publicKey))}`;
}

/**
 * Parses a vkey strictly: a valid name, 8 lower-case hex digits that equal
 * the key ID computed from the key, a known signature type (0x01 or 0x04)
 * and a strict 32-byte Ed25519 public key (canonical, not small-order).
 */
export function parseVerifierKey(hasher: LogHasher, attackerControlledVkey: string): VerifierKey {
  const invalid = (why: keyof typeof VKEY_PROBLEMS) =>
    logError('LOG_VKEY_INVALID', { field: 'vkey', detail: VKEY_PROBLEMS[why] });
  if (attackerControlledVkey.length > MAX_KEY_TEXT) throw invalid('length');
  const [name, id, key] = splitKeyText(attackerControlledVkey);
  if (name === undefined || !isValidKeyName(name)) throw invalid('name');
  if (id === undefined || !/^[0-9a-f]{8}$/.test(id)) throw invalid('keyId');
  const material = key === undefined ? undefined : decodeBase64(key);
  if (material === undefined || material.length < 1) throw invalid('base64');
  const type = material[0]!;
  const publicKey = material.slice(1);
  if (type !== SIGNATURE_TYPE_ED25519 && type !== SIGNATURE_TYPE_COSIGNATURE_V1) throw invalid('type');
  if (!isStrictEd25519PublicKey(publicKey)) throw invalid('publicKey');
  const keyId = noteKeyId(hasher, name, type, publicKey);
  if (formatKeyId(keyId) !== id) throw invalid('mismatch');
  return { name, keyId, type, publicKey };
}

const VKEY_PROBLEMS = {
  length: msg('terlalu panjang', 'too long'),
  name: msg('nama kunci tidak sah', 'invalid key name'),
  keyId: msg('ID kunci harus 8 digit heksadesimal huruf kecil', 'the key ID must be 8 lower-case hex digits'),
  base64: msg('materi kunci bukan base64 yang sah', 'the key material is not valid base64'),
  type: msg('jenis tanda tangan tidak didukung', 'unsupported signature type'),
  publicKey: msg('kunci publik Ed25519 tidak sah', 'invalid Ed25519 public key'),
  mismatch: msg('ID kunci tidak cocok dengan kuncinya', 'the key ID does not match the key'),
};

/** The skey and vkey for an Ed25519 seed and its public key (derive it with the injected signer). */
export function noteKeyPair(
  hasher: LogHasher,
  name: string,
  seed: Uint8Array,
  publicKey: Uint8Array,
  type: number = SIGNATURE_TYPE_ED25519,
): { skey: string; vkey: string } {
  if (seed.length !== ED25519_SEED_SIZE) throw logError('LOG_SKEY_INVALID', { field: 'seed' });
  if (publicKey.length !== ED25519_PUBLIC_KEY_SIZE)
    throw logError('LOG_VKEY_INVALID', { field: 'publicKey' });
  const vkey = formatVerifierKey(hasher, name, type, publicKey);
  const keyId = formatKeyId(noteKeyId(hasher, name, type, publicKey));
  const skey = `${SIGNER_KEY_PREFIX}${name}+${keyId}+${encodeBase64(concatBytes(Uint8Array.of(type), seed))}`;
  return { skey, vkey };
}

/**
 * Parses an skey. The key ID can only be checked against the public key, so
 * callers derive it from `seed` and compare with `noteKeyId` (as
 * `nobleSignerFromSkey` in crypto-noble.ts does).
 */
export function parseSignerKey(skey: string): {
  name: string;
  keyId: number;
  type: number;
  seed: Uint8Array;
} {
  const invalid = () => logError('LOG_SKEY_INVALID', { field: 'skey' });
  if (skey.length > MAX_KEY_TEXT || !skey.startsWith(SIGNER_KEY_PREFIX)) throw invalid();
  const [name, id, key] = splitKeyText(skey.slice(SIGNER_KEY_PREFIX.length));
  if (name === undefined || !isValidKeyName(name) || id === undefined || !/^[0-9a-f]{8}$/.test(id))
    throw invalid();
  const material = key === undefined ? undefined : decodeBase64(key);
  if (material === undefined || material.length !== 1 + ED25519_SEED_SIZE) throw invalid();
  const type = material[0]!;
  if (type !== SIGNATURE_TYPE_ED25519 && type !== SIGNATURE_TYPE_COSIGNATURE_V1) throw invalid();
  return { name, keyId: parseInt(id, 16), type, seed: material.slice(1) };
}

/** signed-note "Ed25519 signatures": RFC 8032 over the note text. */
export function ed25519NoteVerifier(crypto: LogCrypto, key: VerifierKey): NoteVerifier {
  if (key.type !== SIGNATURE_TYPE_ED25519) throw logError('LOG_VKEY_INVALID', { field: 'vkey' });
  return {
    name: key.name,
    keyId: key.keyId,
    verify: (text, signature) => crypto.verifyEd25519(key.publicKey, text, signature),
  };
}

export function ed25519NoteSigner(hasher: LogHasher, name: string, signer: Ed25519Signer): NoteSigner {
  if (!isValidKeyName(name)) throw logError('LOG_NOTE_KEY_NAME_INVALID', { field: 'name' });
  return {
    name,
    keyId: noteKeyId(hasher, name, SIGNATURE_TYPE_ED25519, signer.publicKey),
    sign: (text) => signer.sign(text),
  };
}

/** name+id+base64, where only the base64 part may itself contain '+'. */
function splitKeyText(text: string): [string | undefined, string | undefined, string | undefined] {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (first < 0 || second < 0) return [undefined, undefined, undefined];
  return [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
}
