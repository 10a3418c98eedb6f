/**
 * The entry workers: a pool of threads (entry-worker.ts) that check Ed25519
 * signatures and do the stateless half of accepting log entries (leaf hash,
 * strict parse, signature), so that every core does useful work while the
 * main thread keeps only what depends on the ledger's order (bench/RESULTS.md).
 * Work goes in batches, one message per worker per batch, entries packed in
 * one transferred buffer: thread hand-off costs little next to the work.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EntryPreparer, PreparedBatch } from '../core/statements/prepared.js';
import type { EntryRefusal, VerifyJob, WorkerReply, WorkerRequest } from './entry-protocol.js';

export type { VerifyJob } from './entry-protocol.js';
export {
  PREPARED_BAD_SIGNATURE,
  PREPARED_REFUSED,
  PREPARED_UNCHECKED,
  PREPARED_VERIFIED,
} from './entry-protocol.js';

/** Results of one batch: `true` where the signature verified. */
export type VerifyResults = boolean[];

export type { PreparedBatch } from '../core/statements/prepared.js';

type Pending = (reply: WorkerReply) => void;

export class VerifyPool {
  readonly #workers: Worker[];
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #rr = 0;
  #broken: Error | null = null;

  constructor(size: number = Math.max(1, availableParallelism())) {
    this.#workers = Array.from({ length: size }, () => {
      const w = startWorker();
      w.on('message', (reply: WorkerReply) => {
        const done = this.#pending.get(reply.id);
        this.#pending.delete(reply.id);
        done?.(reply);
      });
      w.on('error', (e) => this.#fail(e));
      return w;
    });
  }

  get size(): number {
    return this.#workers.length;
  }

  /**
   * Verify many signatures, split over the workers; results in input order.
   * The strict RFC 8032 encoding checks (the same ones the browser applies)
   * run with each verification, so every implementation accepts exactly the same set.
   */
  async verifyAll(jobs: readonly VerifyJob[]): Promise<VerifyResults> {
    if (jobs.length === 0) return [];
    const parts = this.#split(jobs.length);
    const replies = await Promise.all(
      parts.map(([from, to]) => this.#send((id) => ({ id, kind: 'verify', jobs: jobs.slice(from, to) }))),
    );
    return replies.flatMap((r) => (r.kind === 'verify' ? r.out : []));
  }

  /**
   * Prepare log entries: leaf hash, strict parse, and the signature where
   * `keys[i]` (the public key registered under the entry's key id, as far
   * as the caller knows) is given.
   */
  async prepareAll(
    entries: readonly Uint8Array[],
    keys: readonly (Uint8Array | undefined)[],
  ): Promise<PreparedBatch> {
    const n = entries.length;
    const hashes = new Uint8Array(32 * n);
    const status = new Uint8Array(n);
    const refusals = new Map<number, EntryRefusal>();
    if (n === 0) return { hashes, status, refusals };
    const parts = this.#split(n);
    const replies = await Promise.all(
      parts.map(([from, to]) => this.#send((id) => packed(id, entries, keys, from, to))),
    );
    replies.forEach((reply, p) => {
      if (reply.kind !== 'prepare') return;
      const from = (parts[p] as [number, number])[0];
      hashes.set(reply.hashes, 32 * from);
      status.set(reply.status, from);
      for (const r of reply.refusals) refusals.set(from + r.at, r);
    });
    return { hashes, status, refusals };
  }

  /** `prepareAll` as an `EntryPreparer` (for `saksi verify`): each entry's key looked up by the key id it names. */
  preparer(): EntryPreparer {
    return async (entries, keyOf) => {
      const keys = entries.map((entry) => {
        const keyId = keyIdIn(entry);
        return keyId === undefined ? undefined : keyOf(keyId);
      });
      return { ...(await this.prepareAll(entries, keys)), keys };
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  /** Contiguous [from, to) ranges, one per worker, none smaller than 64 jobs. */
  #split(n: number): Array<[number, number]> {
    const parts = Math.max(1, Math.min(this.#workers.length, Math.ceil(n / 64)));
    const per = Math.ceil(n / parts);
    const out: Array<[number, number]> = [];
    for (let from = 0; from < n; from += per) out.push([from, Math.min(n, from + per)]);
    return out;
  }

  #send(request: (id: number) => WorkerRequest): Promise<WorkerReply> {
    if (this.#broken !== null) return Promise.reject(this.#broken);
    const id = this.#next++;
    const worker = this.#workers[this.#rr++ % this.#workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, (reply) =>
        reply.kind === 'failed' ? reject(new Error(`entry worker: ${reply.message}`)) : resolve(reply),
      );
      const message = request(id);
      worker.postMessage(message, message.kind === 'prepare' ? [message.bytes.buffer as ArrayBuffer] : []);
    });
  }

  /** A worker died (a bug, or out of memory): every waiting batch fails, and so does every later one. */
  #fail(e: unknown): void {
    this.#broken = e instanceof Error ? e : new Error(String(e));
    const waiting = [...this.#pending.values()];
    this.#pending.clear();
    for (const done of waiting) done({ id: -1, kind: 'failed', message: this.#broken.message });
  }
}

function packed(
  id: number,
  entries: readonly Uint8Array[],
  keys: readonly (Uint8Array | undefined)[],
  from: number,
  to: number,
): WorkerRequest {
  const n = to - from;
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++)
    offsets[i + 1] = (offsets[i] as number) + (entries[from + i] as Uint8Array).length;
  const bytes = new Uint8Array(offsets[n] as number);
  const keyBytes = new Uint8Array(32 * n);
  const hasKey = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    bytes.set(entries[from + i] as Uint8Array, offsets[i]);
    const key = keys[from + i];
    if (key !== undefined && key.length === 32) {
      keyBytes.set(key, 32 * i);
      hasKey[i] = 1;
    }
  }
  return { id, kind: 'prepare', bytes, offsets, keys: keyBytes, hasKey };
}

/**
 * The worker thread: the compiled entry-worker.js beside this file, or, when
 * this file is TypeScript run by a test runner or tsx, entry-worker.ts loaded
 * through tsx's loader inside the thread.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./entry-worker.js', here));
  const url = JSON.stringify(new URL('./entry-worker.ts', here).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${url}); })`, {
    eval: true,
  });
}

const KEY_ID_MARK = Buffer.from('"keyId":"');

/**
 * The key id of an entry as its canonical form places it: the envelope's
 * `keyId` member comes after `body`, so it is the last `"keyId":"` in the
 * bytes. Only a guess for looking up a key; the worker checks it against
 * the parsed envelope before it verifies anything.
 */
export function keyIdIn(entry: Uint8Array): string | undefined {
  const b = Buffer.from(entry.buffer, entry.byteOffset, entry.byteLength);
  const at = b.lastIndexOf(KEY_ID_MARK);
  if (at < 0 || at + KEY_ID_MARK.length + 32 > b.length) return undefined;
  return b.toString('latin1', at + KEY_ID_MARK.length, at + KEY_ID_MARK.length + 32);
}
