/**
 * The transparency log as the rest of Saksi sees it: append entries (durable
 * on acknowledgement), read them back, and answer with receipts (C2SP
 * tlog-proof) once a witnessed checkpoint covers them.
 *
 * Files: `<dir>/checkpoint`, `<dir>/tile/…` (the public read path, servable
 * by any static server) and `<stateDir>/tree-state` (internal).
 */
import { SaksiError, msg } from '../core/errors/index.js';
import type { LogCrypto } from '../core/log/crypto.js';
import { parseEntryBundle } from '../core/log/entry-bundle.js';
import { ed25519NoteSigner } from '../core/log/note-key.js';
import { inclusionProof } from '../core/log/proof.js';
import { formatTlogProof } from '../core/log/proof-bundle.js';
import { TILE_WIDTH, tilePath } from '../core/log/tiles.js';
import type { Ed25519Signer } from '../core/log/crypto.js';
import { Publisher } from './publisher.js';
import type { PublishedCheckpoint, WitnessEndpoint } from './publisher.js';
import { Sequencer } from './sequencer.js';
import type { Ack } from './sequencer.js';
import { DiskTileStorage } from './tile-storage.js';
import { lockLog } from './lock.js';
import type { TileStorage } from './tile-storage.js';

export interface LogOptions {
  readonly crypto: LogCrypto;
  readonly origin: string;
  readonly logSigner: Ed25519Signer;
  readonly storage: TileStorage;
  readonly state: TileStorage;
  readonly witnesses?: readonly WitnessEndpoint[];
  readonly quorum?: number;
  readonly publishIntervalMs?: number;
  readonly witnessTimeoutMs?: number;
  readonly maxBatch?: number;
  readonly onError?: (message: string) => void;
}

export class TransparencyLog {
  readonly sequencer: Sequencer;
  readonly publisher: Publisher;
  readonly storage: TileStorage;
  readonly origin: string;
  readonly #crypto: LogCrypto;
  #unsubscribe: () => void;
  #release: () => Promise<void> = async () => undefined;

  private constructor(sequencer: Sequencer, publisher: Publisher, options: LogOptions) {
    this.sequencer = sequencer;
    this.publisher = publisher;
    this.storage = options.storage;
    this.origin = options.origin;
    this.#crypto = options.crypto;
    this.#unsubscribe = sequencer.onIntegrated(() => publisher.poke());
  }

  static async open(options: LogOptions): Promise<TransparencyLog> {
    const sequencer = await Sequencer.open({
      storage: options.storage,
      state: options.state,
      hasher: options.crypto,
      ...(options.maxBatch === undefined ? {} : { maxBatch: options.maxBatch }),
    });
    const publisher = new Publisher({
      crypto: options.crypto,
      storage: options.storage,
      origin: options.origin,
      signer: ed25519NoteSigner(options.crypto, options.origin, options.logSigner),
      tree: sequencer.tree,
      witnesses: options.witnesses ?? [],
      quorum: options.quorum ?? 0,
      ...(options.publishIntervalMs === undefined ? {} : { intervalMs: options.publishIntervalMs }),
      ...(options.witnessTimeoutMs === undefined ? {} : { witnessTimeoutMs: options.witnessTimeoutMs }),
      ...(options.onError === undefined ? {} : { onError: options.onError }),
    });
    await publisher.load();
    const log = new TransparencyLog(sequencer, publisher, options);
    if (sequencer.size > (publisher.published?.size ?? 0)) publisher.poke();
    return log;
  }

  /** Open on disk: public files in `dir`, internal state in `stateDir`. */
  static async openDir(
    dir: string,
    stateDir: string,
    options: Omit<LogOptions, 'storage' | 'state'>,
  ): Promise<TransparencyLog> {
    const lock = await lockLog(stateDir);
    try {
      const log = await TransparencyLog.open({
        ...options,
        storage: new DiskTileStorage(dir),
        state: new DiskTileStorage(stateDir),
      });
      log.#release = () => lock.release();
      return log;
    } catch (e) {
      await lock.release();
      throw e;
    }
  }

  get size(): number {
    return this.sequencer.size;
  }

  get checkpoint(): PublishedCheckpoint | null {
    return this.publisher.published;
  }

  append(entry: Uint8Array): Promise<Ack> {
    return this.sequencer.add(entry);
  }

  /** The entry at `index` (read from its bundle). */
  async entry(index: number): Promise<Uint8Array> {
    const size = this.sequencer.size;
    if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw notInLog(index);
    const bundle = Math.floor(index / TILE_WIDTH);
    const width = Math.min(TILE_WIDTH, size - bundle * TILE_WIDTH);
    const bytes = await this.storage.get(tilePath({ kind: 'entries', level: 0, index: bundle, width }));
    if (bytes === undefined) throw notInLog(index);
    return parseEntryBundle(bytes, width)[index % TILE_WIDTH] as Uint8Array;
  }

  /** The tlog-proof receipt for `index`, or null while no published checkpoint covers it. */
  receipt(index: number): string | null {
    const cp = this.publisher.published;
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.sequencer.size) throw notInLog(index);
    if (cp === null || cp.size <= index) return null;
    const tree = this.sequencer.tree;
    const proof = inclusionProof(this.#crypto, index, cp.size, (n) => tree.node(n.level, n.index));
    return formatTlogProof({ index, inclusionProof: proof, checkpoint: cp.text });
  }

  /** Wait (bounded) until a witnessed checkpoint covers `index`, then answer its receipt. */
  async waitForReceipt(index: number, timeoutMs: number): Promise<string | null> {
    const ready = this.receipt(index);
    if (ready !== null) return ready;
    this.publisher.poke();
    await this.publisher.waitFor(index + 1, timeoutMs);
    return this.receipt(index);
  }

  async close(): Promise<void> {
    this.#unsubscribe();
    await this.sequencer.close();
    await this.publisher.stop();
    await this.#release();
  }
}

function notInLog(index: number): SaksiError {
  return new SaksiError(
    'LOG_INDEX_NOT_FOUND',
    msg(
      `Tidak ada entri log dengan indeks ${String(index).slice(0, 20)}.`,
      `No log entry has index ${String(index).slice(0, 20)}.`,
    ),
    { field: 'index' },
  );
}
