/**
 * The log entry envelope (docs/FORMATS.md §2). An entry is the UTF-8 bytes of
 * the RFC 8785 canonical JSON of
 *
 *     { "v": 1, "type": T, "body": B, "keyId": K, "sig": S }
 *
 * where S is the base64 Ed25519 signature, by the key K, over the
 * domain-separated message
 *
 *     "saksi-statement/v1" 0x0A T 0x0A JCS(B)
 *
 * and K is the key id: lowercase hex of the first 16 bytes of
 * SHA-256("saksi-key/v1" 0x0A ‖ public key). The domain prefix and the type
 * inside the signed message stop a signature over one statement type from
 * being replayed as another. Entries are parsed strictly: they come from the
 * network and from files anyone can hand to the verifier.
 */
import { canonicalBytes, isCanonicalText } from '../canonical/index.js';
import { SaksiError, msg } from '../errors/index.js';
import { concatBytes, decodeBase64, encodeBase64, encodeHex, encodeUtf8 } from '../log/encoding.js';
import type { Ed25519Signer, LogCrypto, LogHasher } from '../log/crypto.js';

export const ENVELOPE_VERSION = 1;
export const STATEMENT_DOMAIN = 'saksi-statement/v1';
export const KEY_ID_DOMAIN = 'saksi-key/v1';
/** tlog-tiles entries are length-prefixed with a uint16. */
export const MAX_ENTRY_BYTES = 65_535;
const TYPE_PATTERN = /^[a-z][a-z0-9]*(?:\.[a-z][a-z0-9-]*)+$/;
const KEY_ID_PATTERN = /^[0-9a-f]{32}$/;

export interface Envelope<B = unknown> {
  readonly v: 1;
  readonly type: string;
  readonly body: B;
  readonly keyId: string;
  readonly sig: string;
}

/** The key id of an Ed25519 public key. */
export function keyIdOf(hasher: LogHasher, publicKey: Uint8Array): string {
  const digest = hasher.sha256(concatBytes(encodeUtf8(`${KEY_ID_DOMAIN}\n`), publicKey));
  return encodeHex(digest.subarray(0, 16));
}

/** The exact bytes a statement's signer signs. */
export function signedMessage(type: string, body: unknown): Uint8Array {
  return concatBytes(encodeUtf8(`${STATEMENT_DOMAIN}\n${type}\n`), canonicalBytes(body));
}

/**
 * The signed bytes of an entry that `parseEnvelope` accepted, without a second
 * encoding: canonical key order puts "body" first, so the entry is
 * `{"body":` JCS(B) `,"keyId":"K","sig":"S","type":"T","v":1}` and the body's
 * canonical bytes are a slice of it. Pass the envelope parsed from `entry`.
 */
export function signedMessageOfEntry(entry: Uint8Array, envelope: Envelope): Uint8Array {
  const tail = `,"keyId":"${envelope.keyId}","sig":"${envelope.sig}","type":"${envelope.type}","v":1}`;
  const prefix = encodeUtf8(`${STATEMENT_DOMAIN}\n${envelope.type}\n`);
  const body = entry.subarray(BODY_HEAD, entry.length - tail.length);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  return out;
}

const BODY_HEAD = '{"body":'.length;

/** Sign a statement: returns the entry bytes to append to the log. */
export function sealStatement(
  hasher: LogHasher,
  signer: Ed25519Signer,
  type: string,
  body: unknown,
): Uint8Array {
  if (!TYPE_PATTERN.test(type))
    throw envelopeError(
      'ENTRY_TYPE_INVALID',
      'type',
      `jenis "${type}" tidak sah`,
      `type "${type}" is not valid`,
    );
  const sig = encodeBase64(signer.sign(signedMessage(type, body)));
  const bytes = canonicalBytes({
    v: ENVELOPE_VERSION,
    type,
    body,
    keyId: keyIdOf(hasher, signer.publicKey),
    sig,
  });
  if (bytes.length > MAX_ENTRY_BYTES) {
    throw envelopeError(
      'ENTRY_TOO_LARGE',
      'body',
      `entri ${bytes.length} byte melebihi 65.535`,
      `entry of ${bytes.length} bytes exceeds 65,535`,
    );
  }
  return bytes;
}

/**
 * Parse entry bytes into an envelope (shape only; the signature is checked
 * by `verifyEnvelope` once the signer's key is known). The bytes must be
 * exactly the canonical encoding: a re-encoded or padded entry is refused,
 * so one statement has exactly one entry (and one leaf hash).
 */
export function parseEnvelope(attackerControlledEntry: Uint8Array): Envelope {
  if (attackerControlledEntry.length === 0 || attackerControlledEntry.length > MAX_ENTRY_BYTES) {
    throw envelopeError('ENTRY_SIZE_INVALID', 'entry', 'ukuran entri tidak sah', 'entry size is not valid');
  }
  let value: unknown;
  let text: string;
  try {
    // ignoreBOM: a leading byte-order mark stays in the text (and fails JSON.parse) instead of vanishing.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(attackerControlledEntry);
    value = JSON.parse(text);
  } catch {
    throw envelopeError('ENTRY_NOT_JSON', 'entry', 'entri bukan JSON UTF-8', 'entry is not UTF-8 JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw envelopeError('ENTRY_SHAPE_INVALID', 'entry', 'entri harus objek', 'entry must be an object');
  }
  const e = value as Record<string, unknown>;
  const keys = Object.keys(e).sort().join(',');
  if (keys !== 'body,keyId,sig,type,v')
    throw envelopeError('ENTRY_SHAPE_INVALID', 'entry', `kolom: ${keys}`, `fields: ${keys}`);
  if (e['v'] !== ENVELOPE_VERSION)
    throw envelopeError('ENTRY_VERSION_UNKNOWN', 'v', 'versi tidak dikenal', 'unknown version');
  if (typeof e['type'] !== 'string' || !TYPE_PATTERN.test(e['type'])) {
    throw envelopeError('ENTRY_TYPE_INVALID', 'type', 'jenis tidak sah', 'type is not valid');
  }
  if (typeof e['keyId'] !== 'string' || !KEY_ID_PATTERN.test(e['keyId'])) {
    throw envelopeError('ENTRY_KEY_ID_INVALID', 'keyId', 'keyId tidak sah', 'keyId is not valid');
  }
  const sig = typeof e['sig'] === 'string' ? decodeBase64(e['sig']) : undefined;
  if (sig === undefined || sig.length !== 64)
    throw envelopeError('ENTRY_SIGNATURE_INVALID', 'sig', 'tanda tangan rusak', 'signature is malformed');
  if (typeof e['body'] !== 'object' || e['body'] === null || Array.isArray(e['body'])) {
    throw envelopeError('ENTRY_SHAPE_INVALID', 'body', 'body harus objek', 'body must be an object');
  }
  // Canonical as text ⇔ canonical as bytes: the text is the entry's strict UTF-8 decoding.
  if (!isCanonicalText(e, text)) {
    throw envelopeError(
      'ENTRY_NOT_CANONICAL',
      'entry',
      'entri tidak dalam bentuk kanonis (RFC 8785)',
      'entry is not in canonical form (RFC 8785)',
    );
  }
  return e as unknown as Envelope;
}

/** Check the envelope's signature against the signer's public key. */
export function verifyEnvelope(crypto: LogCrypto, envelope: Envelope, publicKey: Uint8Array): boolean {
  if (keyIdOf(crypto, publicKey) !== envelope.keyId) return false;
  const sig = decodeBase64(envelope.sig);
  return (
    sig !== undefined && crypto.verifyEd25519(publicKey, signedMessage(envelope.type, envelope.body), sig)
  );
}

export function envelopeError(code: string, field: string, id: string, en: string): SaksiError {
  return new SaksiError(code, msg(`Entri log: ${id}.`, `Log entry: ${en}.`), { field });
}
