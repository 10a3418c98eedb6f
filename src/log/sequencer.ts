/**
 * The write path of the log (C2SP vocabulary): **sequence** — give each
 * entry the next index; **integrate** — extend the Merkle tree and write the
 * changed hash tiles and entry bundles in the tlog-tiles layout; then record
 * the new tree state. A caller is acknowledged only after all of that is
 * durable (fsync'd), so an acknowledged index survives `kill -9`.
 *
 * Batching is group commit: while one batch is being written, new entries
 * queue; the next batch takes all of them (up to `maxBatch`). One fsync round
 * per batch, whatever the load. The queue is bounded: past `maxQueue` waiting
 * entries, `add` refuses with LOG_BUSY (back-pressure, not unbounded memory).
 *
 * The same entry bytes twice are one entry: the second `add` answers with the
 * first index (`duplicate: true`).
 */
import { SaksiError, msg } from '../core/errors/index.js';
import { hashLeaf } from '../core/log/hash.js';
import type { LogHasher } from '../core/log/crypto.js';
import { encodeEntryBundle, MAX_ENTRY_SIZE } from '../core/log/entry-bundle.js';
import { TILE_WIDTH, tilePath, tilesToPublish } from '../core/log/tiles.js';
import type { TileRef } from '../core/log/tiles.js';
import type { HashLevels } from './hash-levels.js';
import type { TileStorage } from './tile-storage.js';
import { encodeState, recoverTree, removeDebris, STATE_PATH } from './recovery.js';

export interface Ack {
  readonly index: number;
  readonly leafHash: Uint8Array;
  readonly duplicate: boolean;
}

export interface SequencerOptions {
  /** Public files: tiles and entry bundles (served at /log/). */
  readonly storage: TileStorage;
  /** Internal state (the durable tree size and root). */
  readonly state: TileStorage;
  readonly hasher: LogHasher;
  readonly maxBatch?: number;
  readonly maxQueue?: number;
}

interface Pending {
  readonly entry: Uint8Array;
  readonly leafHash: Uint8Array;
  readonly key: string;
  readonly resolve: (ack: Ack) => void;
  readonly reject: (e: unknown) => void;
}

type IntegratedListener = (size: number) => void;

export class Sequencer {
  readonly #opts: Required<SequencerOptions>;
  readonly #tree: HashLevels;
  /** Leaf-hash prefix → index, for idempotent adds. */
  readonly #index: Map<string, number>;
  /** Entries of the last, incomplete entry bundle. */
  #tail: Uint8Array[];
  #queue: Pending[] = [];
  /** Entries queued or being written, by key: a duplicate joins the first. */
  readonly #pending = new Map<string, Pending>();
  #writing: Promise<void> | null = null;
  #closed = false;
  #failed: unknown = null;
  readonly #listeners = new Set<IntegratedListener>();

  private constructor(
    opts: Required<SequencerOptions>,
    tree: HashLevels,
    index: Map<string, number>,
    tail: Uint8Array[],
  ) {
    this.#opts = opts;
    this.#tree = tree;
    this.#index = index;
    this.#tail = tail;
  }

  /** Open the log, recovering the last durable state (and removing unpublished debris of a crash). */
  static async open(options: SequencerOptions): Promise<Sequencer> {
    const opts = { maxBatch: 4096, maxQueue: 200_000, ...options };
    const { tree, tail } = await recoverTree(opts.storage, opts.state, opts.hasher);
    const index = new Map<string, number>();
    for (let i = 0; i < tree.size; i++) index.set(keyOf(tree.node(0, i)), i);
    return new Sequencer(opts, tree, index, tail);
  }

  /** The durable tree size (every index below it is acknowledged or acknowledgeable). */
  get size(): number {
    return this.#tree.size;
  }

  get tree(): HashLevels {
    return this.#tree;
  }

  /** The index of an entry already in the log, by its leaf hash. */
  indexOf(leafHash: Uint8Array): number | undefined {
    const i = this.#index.get(keyOf(leafHash));
    return i !== undefined && Buffer.from(this.#tree.node(0, i)).equals(Buffer.from(leafHash))
      ? i
      : undefined;
  }

  onIntegrated(listener: IntegratedListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Sequence one entry; resolves once it is durable. */
  add(entry: Uint8Array): Promise<Ack> {
    if (this.#closed) return Promise.reject(logClosed());
    if (this.#failed !== null) return Promise.reject(this.#failed);
    if (entry.length === 0 || entry.length > MAX_ENTRY_SIZE)
      return Promise.reject(entryTooLarge(entry.length));
    const leafHash = hashLeaf(this.#opts.hasher, entry);
    const key = keyOf(leafHash);
    const known = this.#index.get(key);
    if (known !== undefined) return Promise.resolve({ index: known, leafHash, duplicate: true });
    const queued = this.#pending.get(key);
    if (queued !== undefined) {
      return new Promise((ok, fail) => this.#enqueueDuplicate(queued, ok, fail));
    }
    if (this.#queue.length >= this.#opts.maxQueue) return Promise.reject(logBusy());
    return new Promise((resolve, reject) => {
      const p: Pending = { entry, leafHash, key, resolve, reject };
      this.#queue.push(p);
      this.#pending.set(key, p);
      this.#kick();
    });
  }

  /** Wait for everything queued to be durable, then refuse new entries. */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#writing !== null) await this.#writing;
  }

  #enqueueDuplicate(first: Pending, ok: (a: Ack) => void, fail: (e: unknown) => void): void {
    const original = first.resolve;
    const originalFail = first.reject;
    (first as { resolve: (a: Ack) => void }).resolve = (ack) => {
      original(ack);
      ok({ ...ack, duplicate: true });
    };
    (first as { reject: (e: unknown) => void }).reject = (e) => {
      originalFail(e);
      fail(e);
    };
  }

  #kick(): void {
    if (this.#writing !== null) return;
    this.#writing = this.#drain().finally(() => {
      this.#writing = null;
      if (this.#queue.length > 0 && this.#failed === null) this.#kick();
    });
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0 && this.#failed === null) {
      const batch = this.#queue.splice(0, this.#opts.maxBatch);
      await this.#integrate(batch);
    }
  }

  async #integrate(batch: Pending[]): Promise<void> {
    const oldSize = this.#tree.size;
    const oldTail = this.#tail;
    try {
      for (const p of batch) this.#tree.append(p.leafHash);
      const newSize = this.#tree.size;
      this.#tail = await this.#writeTiles(
        oldSize,
        newSize,
        batch.map((p) => p.entry),
      );
      await this.#opts.state.put(STATE_PATH, encodeState(newSize, this.#tree.root()), { mutable: true });
    } catch (e) {
      this.#tree.truncate(oldSize);
      this.#tail = oldTail;
      const err = writeFailed(e);
      for (const p of batch) {
        this.#pending.delete(p.key);
        p.reject(err);
      }
      // Remove what the failed batch may have written; if even that fails, stop taking entries.
      await removeDebris(this.#opts.storage, oldSize).catch(
        (cleanup: unknown) => (this.#failed = writeFailed(cleanup)),
      );
      return;
    }
    batch.forEach((p, i) => {
      this.#index.set(p.key, oldSize + i);
      this.#pending.delete(p.key);
      p.resolve({ index: oldSize + i, leafHash: p.leafHash, duplicate: false });
    });
    for (const l of this.#listeners) l(this.#tree.size);
  }

  /** Writes every tile the growth touches, all in parallel; returns the new incomplete bundle. */
  async #writeTiles(oldSize: number, newSize: number, entries: readonly Uint8Array[]): Promise<Uint8Array[]> {
    const firstBundle = Math.floor(oldSize / TILE_WIDTH);
    const all = [...this.#tail, ...entries]; // entries from firstBundle·256 on
    const writes: Promise<void>[] = [];
    for (const tile of tilesToPublish(oldSize, newSize)) {
      writes.push(this.#opts.storage.put(tilePath(tile), this.#tileBytes(tile, all, firstBundle)));
    }
    await Promise.all(writes);
    const tailStart = Math.floor(newSize / TILE_WIDTH) * TILE_WIDTH - firstBundle * TILE_WIDTH;
    return all.slice(tailStart);
  }

  #tileBytes(tile: TileRef, all: readonly Uint8Array[], firstBundle: number): Uint8Array {
    if (tile.kind === 'entries') {
      const start = (tile.index - firstBundle) * TILE_WIDTH;
      return encodeEntryBundle(all.slice(start, start + tile.width));
    }
    const level = tile.level * 8;
    return this.#tree.slice(level, tile.index * TILE_WIDTH, tile.width);
  }
}

function keyOf(leafHash: Uint8Array): string {
  return Buffer.from(leafHash.subarray(0, 16)).toString('latin1');
}

function entryTooLarge(size: number): SaksiError {
  return new SaksiError(
    'LOG_ENTRY_SIZE_INVALID',
    msg(
      `Entri log harus 1–65.535 byte (diterima ${size}).`,
      `A log entry must be 1–65,535 bytes (got ${size}).`,
    ),
    { field: 'entry' },
  );
}

function logBusy(): SaksiError {
  return new SaksiError(
    'LOG_BUSY',
    msg('Log sedang penuh; coba lagi sebentar.', 'The log is busy; retry shortly.'),
  );
}

function logClosed(): SaksiError {
  return new SaksiError('LOG_CLOSED', msg('Log sedang ditutup.', 'The log is shutting down.'));
}

function writeFailed(cause: unknown): SaksiError {
  return new SaksiError(
    'LOG_WRITE_FAILED',
    msg(
      'Entri tidak dapat disimpan dengan aman; tidak ada yang diterima.',
      'The entries could not be stored durably; none was accepted.',
    ),
    { cause },
  );
}
