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

/** A worker thread and the requests it has not answered yet. */
interface Slot {
  worker: Worker;
  readonly waiting: Set<number>;
}

export class VerifyPool {
  readonly #slots: Slot[];
  readonly #pending = new Map<number, Pending>();
  #next = 0;
  #rr = 0;
  #closing = false;

  readonly #start: () => Worker;

  /** `start` makes each worker thread (tests wrap it to reach the threads). */
  constructor(size: number = Math.max(1, availableParallelism()), start: () => Worker = startWorker) {
    this.#start = start;
    this.#slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: undefined as unknown as Worker, waiting: new Set() };
      this.#spawn(slot);
      return slot;
    });
  }

  /**
   * A worker for the slot. If it dies (an error, an exit, a message it
   * cannot read), the requests it held fail — their callers get an error,
   * never a wait without end — and a new worker takes its place.
   */
  #spawn(slot: Slot): void {
    const worker = this.#start();
    slot.worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      slot.waiting.delete(reply.id);
      const done = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      done?.(reply);
    });
    const died = (why: string) => {
      if (slot.worker !== worker) return; // already replaced
      for (const id of slot.waiting) {
        const done = this.#pending.get(id);
        this.#pending.delete(id);
        done?.({ id, kind: 'failed', message: why });
      }
      slot.waiting.clear();
      if (!this.#closing) this.#spawn(slot);
    };
    worker.on('error', (e) => died(String(e)));
    worker.on('messageerror', (e) => died(`unreadable message: ${String(e)}`));
    worker.on('exit', (code) => died(`worker exited with ${code}`));
  }

  get size(): number {
    return this.#slots.length;
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
      parts.map(([from, to]) =>
        this.#send((id) => ({ id, kind: 'verify', jobs: jobs.slice(from, to).map(own) })),
      ),
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
    this.#closing = true;
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }

  /** Contiguous [from, to) ranges, one per worker, none smaller than 64 jobs. */
  #split(n: number): Array<[number, number]> {
    const parts = Math.max(1, Math.min(this.#slots.length, Math.ceil(n / 64)));
    const per = Math.ceil(n / parts);
    const out: Array<[number, number]> = [];
    for (let from = 0; from < n; from += per) out.push([from, Math.min(n, from + per)]);
    return out;
  }

  #send(request: (id: number) => WorkerRequest): Promise<WorkerReply> {
    if (this.#closing) return Promise.reject(new Error('entry worker pool closed'));
    const id = this.#next++;
    const slot = this.#slots[this.#rr++ % this.#slots.length] as Slot;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, (reply) =>
        reply.kind === 'failed' ? reject(new Error(`entry worker: ${reply.message}`)) : resolve(reply),
      );
      slot.waiting.add(id);
      const message = request(id);
      slot.worker.postMessage(
        message,
        message.kind === 'prepare' ? [message.bytes.buffer as ArrayBuffer] : [],
      );
    });
  }
}

/**
 * A job whose arrays own their bytes: structured cloning a view copies its
 * whole buffer (a registry's key slab is 64 KiB for a 32-byte key).
 */
function own(j: VerifyJob): VerifyJob {
  const copy = (a: Uint8Array) => (a.byteLength === a.buffer.byteLength ? a : a.slice());
  return { publicKey: copy(j.publicKey), message: copy(j.message), signature: copy(j.signature) };
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
export function startWorker(): Worker {
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
