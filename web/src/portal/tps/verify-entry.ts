/**
 * The in-browser check behind the "Verifikasi" button. From the published
 * log files only (never /api) and @noble's strict Ed25519 it checks, as a
 * story of steps:
 *
 *  1. the trust policy (/log/policy.txt): log key, witness keys, quorum;
 *  2. the checkpoint (/log/checkpoint) is signed by the log key;
 *  3. a quorum of the policy's witnesses cosigned it;
 *  4. the entry at the form's index (an entry bundle, /log/tile/entries/…)
 *     hashes to the leaf hash the page shows;
 *  5. the entry's form is, number for number, the form the page shows;
 *  6. the inclusion proof, built from hash tiles (/log/tile/<L>/…), leads
 *     from that leaf to the checkpoint's root (RFC 6962 / RFC 9162).
 *
 * Everything fetched is attacker-controlled and parsed strictly by core/log.
 * The first failing step stops the check and is named.
 */
import { canonicalize } from '../../../../src/core/canonical/index.js';
import { SaksiError } from '../../../../src/core/errors/index.js';
import type { Message } from '../../../../src/core/errors/index.js';
import { openCheckpoint } from '../../../../src/core/log/checkpoint.js';
import { requireQuorum } from '../../../../src/core/log/cosignature.js';
import { nobleCrypto } from '../../../../src/core/log/crypto-noble.js';
import { decodeUtf8, encodeHex } from '../../../../src/core/log/encoding.js';
import { parseEntryBundle } from '../../../../src/core/log/entry-bundle.js';
import { hashLeaf } from '../../../../src/core/log/hash.js';
import { ed25519NoteVerifier } from '../../../../src/core/log/note-key.js';
import { parsePolicy } from '../../../../src/core/log/policy.js';
import {
  buildProof,
  planInclusionProof,
  planNodes,
  verifyInclusion,
} from '../../../../src/core/log/proof.js';
import { TILE_WIDTH, nodeHashFromTiles, tileForNode, tilePath } from '../../../../src/core/log/tiles.js';
import { parseEnvelope } from '../../../../src/core/statements/envelope.js';

export type StepKey = 'policy' | 'checkpoint' | 'witnesses' | 'entry' | 'content' | 'inclusion';

export interface VerifyStep {
  readonly key: StepKey;
  readonly vars: Readonly<Record<string, string | number>>;
}

export type VerifyOutcome =
  | { readonly ok: true; readonly steps: readonly VerifyStep[]; readonly size: number }
  | {
      readonly ok: false;
      readonly steps: readonly VerifyStep[];
      readonly failed: StepKey;
      readonly reason: Message;
    };

export interface VerifyTarget {
  readonly index: number;
  /** The leaf hash the page shows, lowercase hex. */
  readonly hash: string;
  /** The form the page shows. */
  readonly form: unknown;
}

/** Reads a published log file by its path under /log/ (e.g. `checkpoint`, `tile/0/000`). */
export type LogFetcher = (path: string) => Promise<Uint8Array>;

export async function verifyEntry(target: VerifyTarget, fetchLog: LogFetcher): Promise<VerifyOutcome> {
  const steps: VerifyStep[] = [];
  let current: StepKey = 'policy';
  try {
    const policy = parsePolicy(nobleCrypto, text(await fetchLog('policy.txt')));
    steps.push({
      key: 'policy',
      vars: { log: policy.log.name, n: policy.witnesses.length, quorum: policy.quorum },
    });

    current = 'checkpoint';
    const signed = await fetchLog('checkpoint');
    const { checkpoint, note } = openCheckpoint(signed, ed25519NoteVerifier(nobleCrypto, policy.log));
    steps.push({ key: 'checkpoint', vars: { size: checkpoint.size } });

    current = 'witnesses';
    const cosigs = requireQuorum(
      nobleCrypto,
      note,
      policy.witnesses.map((w) => w.key),
      policy.quorum,
    );
    steps.push({ key: 'witnesses', vars: { names: cosigs.map((c) => c.name).join(', ') } });

    current = 'entry';
    if (target.index >= checkpoint.size) throw failure('LOG_ENTRY_NOT_YET_WITNESSED', NOT_YET);
    const entry = await entryAt(fetchLog, target.index, checkpoint.size);
    const leafHash = hashLeaf(nobleCrypto, entry);
    if (encodeHex(leafHash) !== target.hash.toLowerCase())
      throw failure('LOG_ENTRY_HASH_MISMATCH', HASH_MISMATCH);
    steps.push({ key: 'entry', vars: { index: target.index } });

    current = 'content';
    if (canonicalize(formOf(entry)) !== canonicalize(target.form))
      throw failure('LOG_ENTRY_CONTENT_MISMATCH', CONTENT_MISMATCH);
    steps.push({ key: 'content', vars: {} });

    current = 'inclusion';
    const proof = await inclusionProofFromTiles(fetchLog, target.index, checkpoint.size);
    verifyInclusion(nobleCrypto, target.index, checkpoint.size, leafHash, proof, checkpoint.rootHash);
    steps.push({ key: 'inclusion', vars: { n: proof.length } });
    return { ok: true, steps, size: checkpoint.size };
  } catch (e) {
    return { ok: false, steps, failed: current, reason: reasonOf(e) };
  }
}

/** The entry at `index`, from the entry bundle published for a tree of `size`. */
async function entryAt(fetchLog: LogFetcher, index: number, size: number): Promise<Uint8Array> {
  const n = Math.floor(index / TILE_WIDTH);
  const width = Math.min(TILE_WIDTH, size - n * TILE_WIDTH);
  const bundle = await fetchLog(tilePath({ kind: 'entries', level: 0, index: n, width }));
  const entry = parseEntryBundle(bundle, width)[index % TILE_WIDTH];
  if (entry === undefined) throw failure('LOG_ENTRY_NOT_FOUND', NOT_FOUND);
  return entry;
}

/** An inclusion proof assembled from the hash tiles of a tree of `size` (tlog-tiles). */
async function inclusionProofFromTiles(
  fetchLog: LogFetcher,
  index: number,
  size: number,
): Promise<Uint8Array[]> {
  const plan = planInclusionProof(index, size);
  const tiles = new Map<string, Uint8Array>();
  for (const node of planNodes(plan)) {
    const { tile } = tileForNode(node, size);
    const key = `${tile.level}/${tile.index}`;
    if (!tiles.has(key)) tiles.set(key, await fetchLog(tilePath(tile)));
  }
  return buildProof(nobleCrypto, plan, (node) =>
    nodeHashFromTiles(nobleCrypto, node, (level, i) => {
      const bytes = tiles.get(`${level}/${i}`);
      if (bytes === undefined) throw failure('LOG_TILE_UNAVAILABLE', NOT_FOUND);
      return bytes;
    }),
  );
}

/** The C.Hasil inside a form statement: the body itself, or its `form` (corrections, imports). */
function formOf(entry: Uint8Array): unknown {
  const envelope = parseEnvelope(entry);
  if (envelope.type === 'form.chasil') return envelope.body;
  const body = envelope.body as { form?: unknown } | null;
  if (typeof body === 'object' && body !== null && 'form' in body) return body.form;
  throw failure('LOG_ENTRY_CONTENT_MISMATCH', CONTENT_MISMATCH);
}

function text(bytes: Uint8Array): string {
  const s = decodeUtf8(bytes);
  if (s === undefined)
    throw failure('LOG_POLICY_INVALID', { id: 'berkas bukan UTF-8', en: 'file is not UTF-8' });
  return s;
}

function failure(code: string, message: Message): SaksiError {
  return new SaksiError(code, message);
}

function reasonOf(e: unknown): Message {
  if (e instanceof SaksiError) return e.messages;
  const s = e instanceof Error ? e.message : String(e);
  return { id: s, en: s };
}

const NOT_YET: Message = {
  id: 'checkpoint terbaru belum mencakup entri ini; coba lagi sebentar lagi',
  en: 'the latest checkpoint does not cover this entry yet; try again shortly',
};
const HASH_MISMATCH: Message = {
  id: 'entri di log tidak sama dengan hash yang ditampilkan halaman ini',
  en: 'the entry in the log does not match the hash this page shows',
};
const CONTENT_MISMATCH: Message = {
  id: 'isi entri di log berbeda dari angka yang ditampilkan halaman ini',
  en: 'the entry in the log differs from the figures this page shows',
};
const NOT_FOUND: Message = { id: 'berkas log tidak ditemukan', en: 'log file not found' };
