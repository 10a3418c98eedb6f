/**
 * The add-checkpoint request body, c2sp.org/tlog-witness:
 *
 *   old <size, decimal, no leading zeroes>\n
 *   <consistency proof hash, base64>\n        (zero to 63 lines)
 *   \n
 *   <checkpoint: a signed note>
 *
 * The body comes from the network and is attacker-controlled: it is bounded
 * and parsed strictly here; the checkpoint note itself is parsed and verified
 * by the log core afterwards.
 */
import { msg } from '../core/errors/index.js';
import type { Message } from '../core/errors/index.js';
import { decodeBase64, encodeBase64, encodeUtf8, parseDecimal } from '../core/log/encoding.js';
import { HASH_SIZE } from '../core/log/hash.js';
import { witnessError } from './errors.js';

/** tlog-witness: "The consistency proof lines … MUST be at most 63". */
export const MAX_PROOF_LINES = 63;
/** Bound on a whole request body (a checkpoint note is itself at most 64 KiB in the core). */
export const MAX_REQUEST_BYTES = 64 * 1024;
const OLD_LINE = /^old ([0-9]+)$/;

export interface AddCheckpointRequest {
  readonly oldSize: number;
  readonly proof: readonly Uint8Array[];
  /** The signed checkpoint note, not yet parsed nor verified. */
  readonly checkpoint: string;
}

/** Parses a request body; throws WITNESS_REQUEST_MALFORMED (or _TOO_LARGE) naming the fault. */
export function parseAddCheckpoint(attackerControlledBody: string): AddCheckpointRequest {
  // Each UTF-16 unit is at least one UTF-8 byte: the cheap test first.
  if (
    attackerControlledBody.length > MAX_REQUEST_BYTES ||
    encodeUtf8(attackerControlledBody).length > MAX_REQUEST_BYTES
  ) {
    throw witnessError('WITNESS_REQUEST_TOO_LARGE');
  }
  const split = attackerControlledBody.indexOf('\n\n');
  if (split < 0) throw malformed('body', NO_BLANK_LINE);
  const [oldLine, ...proofLines] = attackerControlledBody.slice(0, split).split('\n');
  return {
    oldSize: parseOldLine(oldLine ?? ''),
    proof: parseProofLines(proofLines),
    checkpoint: attackerControlledBody.slice(split + 2),
  };
}

/** The request body a log sends (the inverse of `parseAddCheckpoint`). */
export function formatAddCheckpoint(request: AddCheckpointRequest): string {
  const proof = request.proof.map((hash) => `${encodeBase64(hash)}\n`).join('');
  return `old ${request.oldSize}\n${proof}\n${request.checkpoint}`;
}

function parseOldLine(line: string): number {
  const match = OLD_LINE.exec(line);
  const size = match === null ? undefined : parseDecimal(match[1]!);
  if (size === undefined) throw malformed('old', OLD_SIZE);
  return size;
}

function parseProofLines(lines: readonly string[]): Uint8Array[] {
  if (lines.length > MAX_PROOF_LINES) throw malformed('proof', TOO_MANY_PROOF_LINES);
  return lines.map((line, i) => {
    const hash = decodeBase64(line);
    if (hash === undefined || hash.length !== HASH_SIZE) throw malformed(`proof[${i}]`, PROOF_HASH);
    return hash;
  });
}

function malformed(field: string, detail: Message) {
  return witnessError('WITNESS_REQUEST_MALFORMED', { field, detail });
}

const NO_BLANK_LINE = msg('tidak ada baris kosong sebelum checkpoint', 'no empty line before the checkpoint');
const OLD_SIZE = msg(
  'baris pertama harus "old <desimal tanpa nol di depan>"',
  'the first line must be "old <decimal, no leading zeroes>"',
);
const TOO_MANY_PROOF_LINES = msg(
  `lebih dari ${MAX_PROOF_LINES} baris bukti`,
  `more than ${MAX_PROOF_LINES} proof lines`,
);
const PROOF_HASH = msg(
  'baris bukti harus base64 standar dari 32 bita',
  'a proof line must be the standard base64 of 32 bytes',
);
