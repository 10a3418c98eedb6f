/**
 * Receipts in the c2sp.org/tlog-proof@v1 format: everything needed to check
 * offline that an entry is in the log and that witnesses saw that log state.
 *
 *   c2sp.org/tlog-proof@v1
 *   [extra <base64>]
 *   index <decimal>
 *   <base64 inclusion proof hash>     (zero or more, leaf sibling first)
 *
 *   <signed checkpoint note, verbatim, with cosignatures>
 *
 * Verification is a story of four checks against a trust policy: the log
 * signed the checkpoint, a quorum of witnesses cosigned it, and the entry's
 * leaf hash is included at the index under the checkpoint's root.
 */
import type { Checkpoint } from './checkpoint.js';
import { openCheckpoint } from './checkpoint.js';
import type { Cosignature, CosignatureOptions } from './cosignature.js';
import { requireQuorum } from './cosignature.js';
import type { LogCrypto } from './crypto.js';
import { decodeBase64, decodeUtf8, encodeBase64, parseDecimal } from './encoding.js';
import { logError } from './errors.js';
import { HASH_SIZE, hashLeaf } from './hash.js';
import { ed25519NoteVerifier } from './note-key.js';
import { NOTE_MAX_BYTES, parseNote } from './note.js';
import type { TrustPolicy } from './policy.js';
import { MAX_PROOF_LENGTH, verifyInclusion } from './proof.js';

/** tlog-proof "Format": the first line. */
export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';
/** A receipt is a note plus at most 64 hashes and a short header. */
export const TLOG_PROOF_MAX_BYTES = NOTE_MAX_BYTES + 8 * 1024;

export interface TlogProof {
  /** Opaque, unauthenticated extra data ("Applications MUST NOT implicitly trust" it). */
  readonly extra?: Uint8Array;
  readonly index: number;
  readonly inclusionProof: readonly Uint8Array[];
  /** The signed checkpoint note, verbatim. */
  readonly checkpoint: string;
}

export interface VerifiedReceipt {
  readonly index: number;
  readonly checkpoint: Checkpoint;
  readonly cosignatures: readonly Cosignature[];
  readonly extra?: Uint8Array;
}

export function formatTlogProof(proof: TlogProof): string {
  const hashes = proof.inclusionProof.map((h) => `${encodeBase64(h)}\n`).join('');
  const extra = proof.extra === undefined ? '' : `extra ${encodeBase64(proof.extra)}\n`;
  const text = `${TLOG_PROOF_HEADER}\n${extra}index ${proof.index}\n${hashes}\n${proof.checkpoint}`;
  parseTlogProof(text); // refuse to emit what we would not accept
  return text;
}

/** Parses a receipt strictly. The checkpoint is only checked to be a well-formed note here. */
export function parseTlogProof(attackerControlledProof: string | Uint8Array): TlogProof {
  const malformed = (field: string) => logError('LOG_TLOG_PROOF_MALFORMED', { field });
  if (attackerControlledProof.length > TLOG_PROOF_MAX_BYTES) throw malformed('proof');
  const text =
    typeof attackerControlledProof === 'string'
      ? attackerControlledProof
      : decodeUtf8(attackerControlledProof);
  if (text === undefined) throw malformed('proof');
  const lines = new LineReader(text);
  if (lines.next() !== TLOG_PROOF_HEADER) throw malformed('header');
  let line = lines.next();
  let extra: Uint8Array | undefined;
  if (line?.startsWith('extra ')) {
    extra = decodeBase64(line.slice('extra '.length));
    if (extra === undefined) throw malformed('extra');
    line = lines.next();
  }
  const index = line?.startsWith('index ') ? parseDecimal(line.slice('index '.length)) : undefined;
  if (index === undefined) throw malformed('index');
  const inclusionProof: Uint8Array[] = [];
  for (line = lines.next(); line !== undefined && line !== ''; line = lines.next()) {
    const hash = decodeBase64(line);
    if (hash === undefined || hash.length !== HASH_SIZE)
      throw malformed(`inclusionProof[${inclusionProof.length}]`);
    if (inclusionProof.length === MAX_PROOF_LENGTH)
      throw logError('LOG_PROOF_TOO_LONG', { field: 'inclusionProof' });
    inclusionProof.push(hash);
  }
  if (line !== '') throw malformed('checkpoint');
  const checkpoint = lines.rest();
  parseNote(checkpoint);
  return { ...(extra === undefined ? {} : { extra }), index, inclusionProof, checkpoint };
}

/**
 * Verifies a receipt for `entry` under `policy`: the checkpoint is signed by
 * the log key with the log's origin (the key name), cosigned by at least
 * `policy.quorum` distinct policy witnesses, and includes the entry at the index.
 */
export function verifyTlogProof(
  crypto: LogCrypto,
  attackerControlledProof: string | Uint8Array,
  entry: Uint8Array,
  policy: TrustPolicy,
  options: CosignatureOptions = {},
): VerifiedReceipt {
  const proof = parseTlogProof(attackerControlledProof);
  const { checkpoint, note } = openCheckpoint(proof.checkpoint, ed25519NoteVerifier(crypto, policy.log));
  const witnessKeys = policy.witnesses.map((w) => w.key);
  const cosignatures = requireQuorum(crypto, note, witnessKeys, policy.quorum, options);
  const leafHash = hashLeaf(crypto, entry);
  verifyInclusion(crypto, proof.index, checkpoint.size, leafHash, proof.inclusionProof, checkpoint.rootHash);
  return {
    index: proof.index,
    checkpoint,
    cosignatures,
    ...(proof.extra === undefined ? {} : { extra: proof.extra }),
  };
}

/** Newline-separated lines, and the untouched remainder. */
class LineReader {
  #at = 0;
  constructor(readonly text: string) {}

  next(): string | undefined {
    const end = this.text.indexOf('\n', this.#at);
    if (end < 0) return undefined;
    const line = this.text.slice(this.#at, end);
    this.#at = end + 1;
    return line;
  }

  rest(): string {
    return this.text.slice(this.#at);
  }
}
