/**
 * The publish step: sign a checkpoint for the current tree with the log key,
 * gather witness cosignatures (tlog-witness add-checkpoint) until the quorum
 * is met, then expose it as `checkpoint`. At most one checkpoint per
 * `intervalMs` while entries arrive. A witness that is down costs at most its
 * timeout and is asked again next time; without a quorum nothing is
 * published (the previous checkpoint stays), and publishing is retried.
 */
import { formatCheckpoint, signCheckpoint } from '../core/log/checkpoint.js';
import type { LogCrypto } from '../core/log/crypto.js';
import type { NoteSigner, VerifierKey } from '../core/log/note-key.js';
import { consistencyProof } from '../core/log/proof.js';
import type { HashLevels } from './hash-levels.js';
import type { TileStorage } from './tile-storage.js';
import { requestCosignature } from './witness-client.js';

export interface WitnessEndpoint {
  readonly name: string;
  readonly url: string;
  readonly key: VerifierKey;
}

export interface PublishedCheckpoint {
  readonly size: number;
  readonly text: string;
  readonly publishedAt: number;
}

export interface PublisherOptions {
  readonly crypto: LogCrypto;
  readonly storage: TileStorage;
  readonly origin: string;
  readonly signer: NoteSigner;
  readonly tree: HashLevels;
  readonly witnesses: readonly WitnessEndpoint[];
  readonly quorum: number;
  readonly intervalMs?: number;
  readonly witnessTimeoutMs?: number;
  readonly clock?: () => number;
  readonly onError?: (message: string) => void;
}

export const CHECKPOINT_PATH = 'checkpoint';

export class Publisher {
  readonly #o: Required<Omit<PublisherOptions, 'onError'>> & Pick<PublisherOptions, 'onError'>;
  #published: PublishedCheckpoint | null = null;
  /** Each witness's last cosigned size, as far as we know. */
  readonly #witnessSize = new Map<string, number>();
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<unknown> | null = null;
  #lastAttempt = 0;
  #stopped = false;
  readonly #waiters = new Set<{ size: number; resolve: (p: PublishedCheckpoint | null) => void }>();

  constructor(options: PublisherOptions) {
    this.#o = { intervalMs: 1000, witnessTimeoutMs: 3000, clock: Date.now, ...options };
  }

  /** Read the last published checkpoint (after a restart). */
  async load(): Promise<void> {
    const bytes = await this.#o.storage.get(CHECKPOINT_PATH);
    if (bytes === undefined) return;
    const text = new TextDecoder().decode(bytes);
    const size = Number(text.split('\n')[1]);
    this.#published = { size, text, publishedAt: this.#o.clock() };
    for (const w of this.#o.witnesses) this.#witnessSize.set(w.name, size);
  }

  get published(): PublishedCheckpoint | null {
    return this.#published;
  }

  /** Note that the tree grew: publish now if the interval allows, else at its end. */
  poke(): void {
    if (this.#stopped || this.#timer !== null || this.#running !== null) return;
    const wait = Math.max(0, this.#lastAttempt + this.#o.intervalMs - this.#o.clock());
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#running = this.publishNow().finally(() => {
        this.#running = null;
        if (this.#o.tree.size > (this.#published?.size ?? 0)) this.poke();
      });
    }, wait);
  }

  /** Resolves once a published checkpoint covers `size` entries. */
  waitFor(size: number, timeoutMs: number): Promise<PublishedCheckpoint | null> {
    if (this.#published !== null && this.#published.size >= size) return Promise.resolve(this.#published);
    return new Promise((resolve) => {
      const waiter = { size, resolve: (p: PublishedCheckpoint | null) => resolve(p) };
      this.#waiters.add(waiter);
      setTimeout(() => {
        if (this.#waiters.delete(waiter)) resolve(null);
      }, timeoutMs).unref();
    });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  /** One publish attempt for the current tree size. */
  async publishNow(): Promise<PublishedCheckpoint | null> {
    this.#lastAttempt = this.#o.clock();
    const tree = this.#o.tree;
    const size = tree.size;
    if (this.#published !== null && size <= this.#published.size) return this.#published;
    const signed = signCheckpoint(
      { origin: this.#o.origin, size, rootHash: tree.root(size), extensions: [] },
      [this.#o.signer],
    );
    const lines = await this.#cosign(signed, size);
    if (lines.length < this.#o.quorum) {
      this.#o.onError?.(
        `checkpoint ${size}: ${lines.length} of ${this.#o.quorum} witness cosignatures; not published yet`,
      );
      return null;
    }
    const text = signed + lines.join('');
    await this.#o.storage.put(CHECKPOINT_PATH, new TextEncoder().encode(text), { mutable: true });
    const published = { size, text, publishedAt: this.#o.clock() };
    this.#published = published;
    for (const w of [...this.#waiters]) {
      if (w.size <= size) {
        this.#waiters.delete(w);
        w.resolve(published);
      }
    }
    return published;
  }

  async #cosign(signed: string, size: number): Promise<string[]> {
    const results = await Promise.all(this.#o.witnesses.map((w) => this.#ask(w, signed, size)));
    return results.flat();
  }

  async #ask(w: WitnessEndpoint, signed: string, size: number, retried = false): Promise<string[]> {
    const oldSize = Math.min(this.#witnessSize.get(w.name) ?? 0, size);
    const proof =
      oldSize === 0
        ? []
        : consistencyProof(this.#o.crypto, oldSize, size, (n) => this.#o.tree.node(n.level, n.index));
    const r = await requestCosignature(
      w,
      { signedCheckpoint: signed, oldSize, proof },
      { timeoutMs: this.#o.witnessTimeoutMs, crypto: this.#o.crypto },
    );
    if (r.kind === 'cosigned') {
      this.#witnessSize.set(w.name, size);
      return r.lines;
    }
    if (r.kind === 'conflict' && !retried && r.knownSize <= size) {
      this.#witnessSize.set(w.name, r.knownSize);
      return this.#ask(w, signed, size, true);
    }
    this.#o.onError?.(
      `witness ${w.name}: ${r.kind === 'conflict' ? `knows size ${r.knownSize}, beyond ${size}` : r.reason}`,
    );
    return [];
  }
}

export { formatCheckpoint };
