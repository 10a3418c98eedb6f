/**
 * Replaying the log: each entry type has one handler module that checks its
 * body, decides which key may sign it, and applies it to the ledger's state.
 * The server's projections and `saksi verify` run the same handlers, so they
 * cannot disagree. Adding an entry type = adding one handler.
 *
 * Signature checking is split from applying so the verifier can check
 * signatures in parallel (worker threads) and still apply entries in order:
 * `signerOf` names the public key an entry must verify under, `apply` does
 * the rest. An error thrown by either is the entry's rejection reason.
 */
import type { LogHasher } from '../log/crypto.js';
import { SaksiError, msg } from '../errors/index.js';
import { keyIdOf } from './envelope.js';
import type { Envelope } from './envelope.js';
import { KeyRegistry } from './keys.js';

export interface EntryHandler {
  readonly type: string;
  /** The registered key that must have signed this entry (authorization included). */
  signer(ledger: Ledger, envelope: Envelope, index: number): Uint8Array;
  /**
   * Check the body and apply it. Throws a SaksiError when the entry must be
   * refused. `leafHash` is the entry's RFC 6962 leaf hash (lowercase hex): other
   * statements reference an entry by index and this hash.
   */
  apply(ledger: Ledger, envelope: Envelope, index: number, leafHash: string): void;
}

export class Ledger {
  readonly hasher: LogHasher;
  readonly rootKey: Uint8Array;
  readonly rootKeyId: string;
  readonly keys = new KeyRegistry();
  /** Per-feature state, keyed by the feature's name (e.g. 'election', 'recap'). */
  readonly state = new Map<string, unknown>();
  /** Entries applied, by type. */
  readonly counts = new Map<string, number>();
  /**
   * A lean ledger keeps what its projections need (figures, indices, leaf
   * hashes) and not the statements' bodies, which the log holds: the
   * server's ledger, for memory at national scale (bench/RESULTS.md).
   */
  readonly lean: boolean;
  readonly #handlers = new Map<string, EntryHandler>();
  #next = 0;

  constructor(
    hasher: LogHasher,
    rootKey: Uint8Array,
    handlers: readonly EntryHandler[],
    options: { readonly lean?: boolean } = {},
  ) {
    this.hasher = hasher;
    this.lean = options.lean ?? false;
    this.rootKey = rootKey;
    this.rootKeyId = keyIdOf(hasher, rootKey);
    for (const h of handlers) this.#handlers.set(h.type, h);
  }

  /** Index of the next entry to apply. */
  get size(): number {
    return this.#next;
  }

  /** The public key `envelope` must verify under. */
  signerOf(envelope: Envelope, index: number): Uint8Array {
    return this.#handler(envelope).signer(this, envelope, index);
  }

  /** Apply the entry at `index` (entries must come in log order). Its signature must already be checked. */
  apply(envelope: Envelope, index: number, leafHash: string): void {
    if (index !== this.#next) {
      throw new SaksiError(
        'LEDGER_OUT_OF_ORDER',
        msg(`Entri ${index} diterapkan tidak berurutan.`, `Entry ${index} applied out of order.`),
      );
    }
    this.#handler(envelope).apply(this, envelope, index, leafHash);
    this.counts.set(envelope.type, (this.counts.get(envelope.type) ?? 0) + 1);
    this.#next++;
  }

  /** Typed access to a feature's state, created on first use. */
  feature<T>(name: string, create: () => T): T {
    let s = this.state.get(name) as T | undefined;
    if (s === undefined) {
      s = create();
      this.state.set(name, s);
    }
    return s;
  }

  #handler(envelope: Envelope): EntryHandler {
    const h = this.#handlers.get(envelope.type);
    if (h === undefined) {
      throw new SaksiError(
        'ENTRY_TYPE_UNKNOWN',
        msg(`Jenis entri "${envelope.type}" tidak dikenal.`, `Unknown entry type "${envelope.type}".`),
        { field: 'type' },
      );
    }
    return h;
  }
}
