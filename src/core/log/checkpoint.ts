/**
 * Checkpoints, c2sp.org/tlog-checkpoint: a signed note whose text is
 *
 *   <origin>\n<tree size, decimal>\n<root hash, base64>\n[<extension line>\n]*
 *
 * Parsed strictly (tlog-checkpoint "Note text"): at least three non-empty
 * lines, a decimal size with no leading zeroes, a base64 root of exactly 32
 * bytes, non-empty extension lines. Tree sizes are safe integers: a log of
 * more than 2^53 - 1 entries is refused rather than rounded.
 */
import { decodeBase64, encodeBase64, isSafeNonNegativeInteger, parseDecimal } from './encoding.js';
import { logError } from './errors.js';
import { HASH_SIZE } from './hash.js';
import type { NoteSigner, NoteVerifier } from './note-key.js';
import type { VerifiedNote } from './note.js';
import { openNote, parseNote, signNote } from './note.js';

export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly rootHash: Uint8Array;
  /** Opaque extension lines, NOT RECOMMENDED by the spec; empty for Saksi's own log. */
  readonly extensions: readonly string[];
}

/** Parses the note text (body) of a checkpoint. */
export function parseCheckpoint(attackerControlledText: string): Checkpoint {
  if (!attackerControlledText.endsWith('\n')) throw logError('LOG_CHECKPOINT_MALFORMED', { field: 'text' });
  const lines = attackerControlledText.slice(0, -1).split('\n');
  const [origin, sizeLine, rootLine, ...extensions] = lines;
  if (
    origin === undefined ||
    sizeLine === undefined ||
    rootLine === undefined ||
    lines.some((l) => l === '')
  ) {
    throw logError('LOG_CHECKPOINT_MALFORMED', { field: 'text' });
  }
  const size = parseDecimal(sizeLine);
  if (size === undefined) throw logError('LOG_CHECKPOINT_SIZE_INVALID', { field: 'size' });
  const rootHash = decodeBase64(rootLine);
  if (rootHash === undefined || rootHash.length !== HASH_SIZE) {
    throw logError('LOG_CHECKPOINT_ROOT_INVALID', { field: 'rootHash' });
  }
  return { origin, size, rootHash, extensions };
}

/** The checkpoint's note text, ending in a newline. */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, rootHash, extensions } = checkpoint;
  if ([origin, ...extensions].some((line) => line === '' || line.includes('\n'))) {
    throw logError('LOG_CHECKPOINT_MALFORMED', { field: 'checkpoint' });
  }
  if (!isSafeNonNegativeInteger(size)) throw logError('LOG_CHECKPOINT_SIZE_INVALID', { field: 'size' });
  if (rootHash.length !== HASH_SIZE) throw logError('LOG_CHECKPOINT_ROOT_INVALID', { field: 'rootHash' });
  return [origin, String(size), encodeBase64(rootHash), ...extensions].map((l) => `${l}\n`).join('');
}

/** A signed checkpoint note, e.g. by the log's key. */
export function signCheckpoint(checkpoint: Checkpoint, signers: readonly NoteSigner[]): string {
  return signNote(formatCheckpoint(checkpoint), signers);
}

export interface OpenCheckpointOptions {
  /** The origin the log must use; defaults to the log key's name (tlog-checkpoint "Signatures"). */
  readonly origin?: string;
  /** Further keys to check (e.g. witnesses); a failing known signature still rejects the note. */
  readonly otherVerifiers?: readonly NoteVerifier[];
}

/**
 * Verifies a signed checkpoint: the note must carry a valid signature by the
 * log's key and its origin must be the expected one.
 */
export function openCheckpoint(
  attackerControlledNote: string | Uint8Array,
  logVerifier: NoteVerifier,
  options: OpenCheckpointOptions = {},
): { checkpoint: Checkpoint; note: VerifiedNote } {
  const note = openNote(attackerControlledNote, [logVerifier, ...(options.otherVerifiers ?? [])]);
  if (!note.verified.some((s) => s.name === logVerifier.name && s.keyId === logVerifier.keyId)) {
    throw logError('LOG_NOTE_UNVERIFIED', { field: 'checkpoint' });
  }
  const checkpoint = parseCheckpoint(note.text);
  if (checkpoint.origin !== (options.origin ?? logVerifier.name)) {
    throw logError('LOG_CHECKPOINT_ORIGIN_MISMATCH', { field: 'origin' });
  }
  return { checkpoint, note };
}

/** The checkpoint text of a signed note, without verifying it (e.g. to cosign after other checks). */
export function checkpointOfNote(attackerControlledNote: string | Uint8Array): Checkpoint {
  return parseCheckpoint(parseNote(attackerControlledNote).text);
}
