/**
 * What the log uses to ask a witness for a cosignature, c2sp.org/tlog-witness
 * "add-checkpoint": POST the old size, the consistency proof and the signed
 * checkpoint; read back cosignature lines.
 *
 * The witness is another party and its answer is attacker-controlled: the
 * response is bounded, and each returned line is checked against the
 * witness's pinned key (tlog-cosignature/v1). Lines by other keys are
 * ignored; a line by the witness's key that does not verify fails the whole
 * answer. Every outcome is a value, never a throw: a witness that is down
 * costs at most `timeoutMs`.
 */
import type { LogCrypto } from '../core/log/crypto.js';
import { verifyCosignatures } from '../core/log/cosignature.js';
import { encodeBase64, parseDecimal } from '../core/log/encoding.js';
import type { VerifierKey } from '../core/log/note-key.js';
import type { Note } from '../core/log/note.js';
import { NOTE_MAX_SIGNATURES, parseNote } from '../core/log/note.js';

/** tlog-witness: the 409 body of a stale old size is this media type. */
export const TLOG_SIZE_CONTENT_TYPE = 'text/x.tlog.size';
/** A witness answers a few lines; anything longer is refused unread. */
export const MAX_WITNESS_RESPONSE_BYTES = 64 * 1024;

export interface WitnessEndpointRef {
  /** The policy's name for the witness (for messages). */
  readonly name: string;
  /** The witness's URL prefix; `/add-checkpoint` is appended. */
  readonly url: string;
  /** The witness's cosignature key (type 0x04, or 0x01 read as the same key). */
  readonly key: VerifierKey;
}

export interface CosignatureRequest {
  readonly signedCheckpoint: string;
  /** The size of the latest checkpoint this witness is believed to have cosigned (0 at first). */
  readonly oldSize: number;
  /** RFC 6962 consistency proof from `oldSize` to the checkpoint's size (empty from 0). */
  readonly proof: readonly Uint8Array[];
}

export interface WitnessClientOptions {
  readonly timeoutMs: number;
  readonly crypto: LogCrypto;
}

export type CosignatureResult =
  /** Verified cosignature lines by the witness key, each `— <name> <base64>\n`. */
  | { readonly kind: 'cosigned'; readonly lines: string[] }
  /** 409 text/x.tlog.size: the witness last cosigned `knownSize`; retry with a proof from there. */
  | { readonly kind: 'conflict'; readonly knownSize: number }
  | { readonly kind: 'failed'; readonly status?: number; readonly reason: string };

export async function requestCosignature(
  endpoint: WitnessEndpointRef,
  req: CosignatureRequest,
  opts: WitnessClientOptions,
): Promise<CosignatureResult> {
  let response: { status: number; contentType: string; text: string };
  try {
    response = await post(addCheckpointUrl(endpoint.url), formatRequest(req), opts.timeoutMs);
  } catch (e) {
    return { kind: 'failed', reason: transportReason(e, opts.timeoutMs) };
  }
  const { status, contentType, text } = response;
  if (status === 200) return cosigned(endpoint, req.signedCheckpoint, text, opts.crypto);
  if (status === 409 && contentType.split(';')[0]!.trim().toLowerCase() === TLOG_SIZE_CONTENT_TYPE) {
    const knownSize = /^[0-9]+\n$/.test(text) ? parseDecimal(text.slice(0, -1)) : undefined;
    if (knownSize !== undefined) return { kind: 'conflict', knownSize };
    return { kind: 'failed', status, reason: 'malformed text/x.tlog.size body' };
  }
  return { kind: 'failed', status, reason: `HTTP ${status}: ${firstLine(text)}` };
}

/** The add-checkpoint body: old size line, proof lines, empty line, signed checkpoint. */
function formatRequest(req: CosignatureRequest): string {
  const proof = req.proof.map((hash) => `${encodeBase64(hash)}\n`).join('');
  return `old ${req.oldSize}\n${proof}\n${req.signedCheckpoint}`;
}

function addCheckpointUrl(prefix: string): string {
  return `${prefix.replace(/\/+$/, '')}/add-checkpoint`;
}

/** POST with a deadline covering the whole exchange; the body is read up to the bound. */
async function post(url: string, body: string, timeoutMs: number) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body,
    keepalive: true,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await readBounded(response, MAX_WITNESS_RESPONSE_BYTES);
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
}

async function readBounded(response: Response, limit: number): Promise<string> {
  if (response.body === null) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Error(`response larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Keeps the lines by the witness key, each verified; any failure of that key fails the answer. */
function cosigned(
  endpoint: WitnessEndpointRef,
  signedCheckpoint: string,
  attackerControlledText: string,
  crypto: LogCrypto,
): CosignatureResult {
  const fail = (reason: string): CosignatureResult => ({ kind: 'failed', status: 200, reason });
  if (!attackerControlledText.endsWith('\n')) return fail('the response does not end in a newline');
  const lines = attackerControlledText.slice(0, -1).split('\n');
  if (lines.length > NOTE_MAX_SIGNATURES) return fail('too many lines in the response');
  const { text } = parseNote(signedCheckpoint);
  const valid: string[] = [];
  for (const line of lines) {
    try {
      const [signature] = parseNote(`${text}\n${line}\n`).signatures;
      const note: Note = { text, signatures: [signature!] };
      if (verifyCosignatures(crypto, note, [endpoint.key]).length > 0) valid.push(`${line}\n`);
    } catch (e) {
      return fail(`invalid cosignature line: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (valid.length === 0) return fail(`no cosignature by ${endpoint.key.name} in the response`);
  return { kind: 'cosigned', lines: valid };
}

function transportReason(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
  return `${e instanceof Error ? e.message : String(e)}${cause}`;
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
