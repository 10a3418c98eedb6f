/**
 * Signed notes, c2sp.org/signed-note: a UTF-8 text ending in a newline, a
 * blank line, then one or more signature lines
 *
 *   — <key name> base64(key ID (4 bytes, big-endian) ‖ signature)
 *
 * (em dash U+2014, space). Parsing is strict and bounded: notes arrive from
 * the network and are attacker-controlled until a trusted key has verified
 * them. Verification follows the spec's "Signatures" section: unknown keys
 * are ignored, a failing known key rejects the note, and at least one known
 * key must verify.
 */
import { msg } from '../errors/index.js';
import {
  concatBytes,
  decodeBase64,
  decodeUtf8,
  encodeBase64,
  encodeUtf8,
  hasControlCharacter,
  hasLoneSurrogate,
  readUint32,
  writeUint32,
} from './encoding.js';
import { logError } from './errors.js';
import type { NoteSigner, NoteVerifier } from './note-key.js';
import { formatKeyId, isValidKeyName } from './note-key.js';

/** signed-note "Format": em dash (U+2014) and a space start each signature line. */
export const NOTE_SIGNATURE_PREFIX = '\u2014 ';
/** Upper bound on a whole note in UTF-8 bytes (checkpoints are ~0.5 KiB with 16 cosignatures). */
export const NOTE_MAX_BYTES = 64 * 1024;
/** The spec requires accepting at least 16; golang.org/x/mod/sumdb/note caps at 100. */
export const NOTE_MAX_SIGNATURES = 100;
const KEY_ID_SIZE = 4;

export interface NoteSignature {
  readonly name: string;
  readonly keyId: number;
  /** The signature bytes after the 4-byte key ID. */
  readonly signature: Uint8Array;
}

export interface Note {
  /** The signed text, including its final newline. */
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

export interface VerifiedNote extends Note {
  /** Signatures by known keys, each verified (one per key). */
  readonly verified: readonly NoteSignature[];
}

/** Parses a note without verifying it. Throws a LOG_NOTE_* SaksiError on any deviation. */
export function parseNote(attackerControlledNote: string | Uint8Array): Note {
  const note = decodeNoteText(attackerControlledNote);
  // signed-note "Format": the text is separated from the signatures by the last empty line.
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw logError('LOG_NOTE_MISSING_BLANK_LINE', { field: 'note' });
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block.length === 0 || !block.endsWith('\n'))
    throw logError('LOG_NOTE_MISSING_BLANK_LINE', { field: 'note' });
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > NOTE_MAX_SIGNATURES) throw logError('LOG_NOTE_TOO_MANY_SIGNATURES', { field: 'note' });
  return { text, signatures: lines.map((line, i) => parseSignatureLine(line, i)) };
}

/** The note's text form: text, blank line, one line per signature. */
export function formatNote(note: Note): string {
  checkText(note.text);
  if (note.signatures.length === 0) throw logError('LOG_NOTE_MISSING_BLANK_LINE', { field: 'signatures' });
  const lines = note.signatures.map((s) => {
    if (!isValidKeyName(s.name)) throw logError('LOG_NOTE_KEY_NAME_INVALID', { field: 'name' });
    return `${NOTE_SIGNATURE_PREFIX}${s.name} ${encodeBase64(concatBytes(writeUint32(s.keyId), s.signature))}\n`;
  });
  return `${note.text}\n${lines.join('')}`;
}

/** Signs `text` with every signer, after any signatures already present. */
export function signNote(
  text: string,
  signers: readonly NoteSigner[],
  existing: readonly NoteSignature[] = [],
): string {
  checkText(text);
  const bytes = encodeUtf8(text);
  const added = signers.map((s) => ({ name: s.name, keyId: s.keyId, signature: s.sign(bytes) }));
  return formatNote({ text, signatures: [...existing, ...added] });
}

/** Adds signatures to an already signed note, keeping the existing ones verbatim. */
export function cosignNote(signedNote: string, signers: readonly NoteSigner[]): string {
  const note = parseNote(signedNote);
  return signNote(note.text, signers, note.signatures);
}

/**
 * Parses and verifies a note against trusted keys (signed-note "Signatures"):
 * signatures whose (name, key ID) match no verifier are ignored; one that
 * matches but fails rejects the note (LOG_NOTE_SIGNATURE_INVALID); with no
 * verified signature at all the note is rejected (LOG_NOTE_UNVERIFIED).
 */
export function openNote(
  attackerControlledNote: string | Uint8Array,
  verifiers: readonly NoteVerifier[],
): VerifiedNote {
  const note = parseNote(attackerControlledNote);
  const text = encodeUtf8(note.text);
  const verified = new Map<string, NoteSignature>();
  for (const sig of note.signatures) {
    const id = `${sig.name}+${formatKeyId(sig.keyId)}`;
    const verifier = verifiers.find((v) => v.name === sig.name && v.keyId === sig.keyId);
    if (verifier === undefined || verified.has(id)) continue;
    if (!verifier.verify(text, sig.signature)) {
      throw logError('LOG_NOTE_SIGNATURE_INVALID', { field: id });
    }
    verified.set(id, sig);
  }
  if (verified.size === 0) throw logError('LOG_NOTE_UNVERIFIED', { field: 'note' });
  return { ...note, verified: [...verified.values()] };
}

/** Bytes or string to text, enforcing the size bound and "valid UTF-8, no control characters but newline". */
function decodeNoteText(input: string | Uint8Array): string {
  if (typeof input !== 'string') {
    if (input.length > NOTE_MAX_BYTES) throw logError('LOG_NOTE_TOO_LARGE', { field: 'note' });
    const text = decodeUtf8(input);
    if (text === undefined) throw logError('LOG_NOTE_TEXT_INVALID', { field: 'note', detail: NOT_UTF8 });
    return checkCharacters(text);
  }
  // Each UTF-16 unit is at least one UTF-8 byte, so this rejects huge strings before encoding them.
  if (input.length > NOTE_MAX_BYTES || encodeUtf8(input).length > NOTE_MAX_BYTES) {
    throw logError('LOG_NOTE_TOO_LARGE', { field: 'note' });
  }
  if (hasLoneSurrogate(input)) throw logError('LOG_NOTE_TEXT_INVALID', { field: 'note', detail: NOT_UTF8 });
  return checkCharacters(input);
}

function checkCharacters(text: string): string {
  // signed-note "Format": MUST NOT contain ASCII control characters other than newline.
  if (hasControlCharacter(text, true)) {
    throw logError('LOG_NOTE_TEXT_INVALID', { field: 'note', detail: CONTROL_CHARACTER });
  }
  return text;
}

/** A note text to sign: valid, bounded, non-empty and ending in a newline. */
function checkText(text: string): void {
  decodeNoteText(text);
  if (!text.endsWith('\n'))
    throw logError('LOG_NOTE_TEXT_INVALID', { field: 'text', detail: NO_FINAL_NEWLINE });
}

function parseSignatureLine(line: string, i: number): NoteSignature {
  const field = `signatures[${i}]`;
  if (!line.startsWith(NOTE_SIGNATURE_PREFIX)) throw logError('LOG_NOTE_SIGNATURE_LINE_MALFORMED', { field });
  const rest = line.slice(NOTE_SIGNATURE_PREFIX.length);
  const space = rest.indexOf(' ');
  if (space < 0) throw logError('LOG_NOTE_SIGNATURE_LINE_MALFORMED', { field });
  const name = rest.slice(0, space);
  if (!isValidKeyName(name)) throw logError('LOG_NOTE_KEY_NAME_INVALID', { field });
  const bytes = decodeBase64(rest.slice(space + 1));
  if (bytes === undefined || bytes.length <= KEY_ID_SIZE)
    throw logError('LOG_NOTE_SIGNATURE_BASE64_INVALID', { field });
  return { name, keyId: readUint32(bytes, 0), signature: bytes.slice(KEY_ID_SIZE) };
}

const NOT_UTF8 = msg('bukan UTF-8 yang sah', 'not valid UTF-8');
const CONTROL_CHARACTER = msg('berisi karakter kendali', 'contains a control character');
const NO_FINAL_NEWLINE = msg('teks harus diakhiri baris baru', 'the text must end in a newline');
