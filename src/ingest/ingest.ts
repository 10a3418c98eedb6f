/**
 * The hot path. Submitted entries (signed statements) are checked and
 * appended to the log in batches (group commit):
 *
 *   parse envelope → drop duplicates (same bytes = same entry, answered with
 *   its first index) → find each signer's registered key → verify all
 *   signatures on the worker pool → apply each entry to the ledger in order
 *   (the recap rules; a refused entry changes nothing) → append the accepted
 *   ones to the log, durably → answer each with its index and leaf hash.
 *
 * The ledger (keys, forms, tallies) is the live projection; it is rebuilt
 * from the log at start, so the log stays the only record. Batches are
 * applied one at a time, in order, which keeps ledger indices equal to log
 * indices; the stages overlap across batches: while batch N is applied on
 * the main thread, batch N+1's signatures verify on the worker pool and
 * batch N−1's appends are made durable (profile in bench/RESULTS.md).
 */
import { SaksiError, msg } from '../core/errors/index.js';
import type { LogCrypto } from '../core/log/crypto.js';
import { encodeHex } from '../core/log/encoding.js';
import { hashLeaf } from '../core/log/hash.js';
import { parseEnvelope, signedMessageOfEntry } from '../core/statements/index.js';
import type { EntryHandler, Envelope, Ledger } from '../core/statements/index.js';
import { decodeBase64 } from '../core/log/encoding.js';
import type { VerifyPool } from '../crypto/verify-pool.js';
import type { TransparencyLog } from '../log/log.js';
import { replayLog } from './replay.js';

export type SubmitResult =
  | {
      readonly status: 'accepted' | 'duplicate';
      readonly index: number;
      readonly leafHash: string;
      readonly type: string;
    }
  | { readonly status: 'refused'; readonly error: SaksiError };

interface Item {
  readonly entry: Uint8Array;
  readonly leafHash: Uint8Array;
  readonly resolve: (r: SubmitResult) => void;
}

export interface IngestOptions {
  readonly log: TransparencyLog;
  readonly crypto: LogCrypto;
  readonly pool: VerifyPool;
  readonly rootKey: Uint8Array;
  readonly handlers: readonly EntryHandler[];
  readonly maxBatch?: number;
  readonly maxQueue?: number;
}

export class Ingest {
  #ledger: Ledger;
  readonly #o: IngestOptions;
  #queue: Item[] = [];
  #running: Promise<void> | null = null;
  /** Applied to the ledger, not yet durable in the log, by leaf hash (hex). */
  readonly #inFlight = new Map<string, Candidate>();
  /** A rebuild failed: the ledger may be ahead of the log; rebuild before the next batch. */
  #stale = false;
  /** Rebuilds so far: with the ledger's size, names a state of the projection (`version`). */
  #generation = 0;

  private constructor(o: IngestOptions, ledger: Ledger) {
    this.#o = o;
    this.#ledger = ledger;
  }

  static async open(o: IngestOptions): Promise<Ingest> {
    return new Ingest(o, await replayLog(o.log, o.crypto, o.rootKey, o.handlers));
  }

  /** The live projection: read it, never write it. */
  get ledger(): Ledger {
    return this.#ledger;
  }

  /**
   * Names the projection's state for caches and ETags: the ledger's size
   * alone could repeat after a rebuild (it shrinks to the log and grows
   * again with other entries).
   */
  get version(): string {
    return `${this.#generation}.${this.#ledger.size}`;
  }

  /** Submit entries; each gets its own result, in order. */
  submit(entries: readonly Uint8Array[]): Promise<SubmitResult[]> {
    if (this.#queue.length + entries.length > (this.#o.maxQueue ?? 100_000)) {
      const error = busy();
      return Promise.resolve(entries.map(() => ({ status: 'refused' as const, error })));
    }
    const results = entries.map(
      (entry) =>
        new Promise<SubmitResult>((resolve) =>
          this.#queue.push({ entry, leafHash: hashLeaf(this.#o.crypto, entry), resolve }),
        ),
    );
    this.#kick();
    return Promise.all(results);
  }

  /** Wait until everything submitted so far is done. */
  async drain(): Promise<void> {
    while (this.#running !== null) await this.#running;
  }

  #kick(): void {
    if (this.#running !== null) return;
    this.#running = this.#run().finally(() => {
      this.#running = null;
      if (this.#queue.length > 0) this.#kick();
    });
  }

  /**
   * The loop. Batch N+1 is parsed and its signatures verify on the pool
   * while batch N is applied; N is appended only once N−1 is durable, so a
   * failed append never has a successor written on top of it: the ledger is
   * rebuilt from the log (the record) and N is applied again before it goes.
   */
  async #run(): Promise<void> {
    let previous: Promise<boolean> | null = null;
    let current: Prepared | null = null;
    let next: Prepared | null = null;
    try {
      next = await this.#prepare();
      while (next !== null) {
        current = next;
        const verified = await current.verified;
        next = await this.#prepare(); // its signatures verify while this batch is applied
        let outcome = await this.#apply(current.candidates, verified);
        if (previous !== null && !(await previous)) {
          for (const a of outcome.accepted) this.#inFlight.delete(encodeHex(a.item.leafHash));
          await this.#rebuild();
          outcome = await this.#apply(current.candidates, verified);
        }
        for (const [c, error] of outcome.refused) this.#answerAll(c, { status: 'refused', error });
        for (const c of outcome.repeats) this.#answerRepeat(c);
        previous = this.#append(outcome.accepted);
        current = null;
      }
      if (previous !== null && !(await previous)) await this.#rebuild();
    } catch (e) {
      // Only a rebuild that fails (or a bug) lands here: answer what is waiting, rebuild on the next run.
      void next?.verified.catch(() => undefined);
      const error = asSaksiError(e);
      for (const p of [current, next])
        for (const c of p?.candidates ?? []) this.#answerAll(c, { status: 'refused', error });
      this.#stale = true;
    }
  }

  /** The ledger from the log, after an append failed (or at the next run, if that failed too). */
  async #rebuild(): Promise<void> {
    this.#ledger = await replayLog(this.#o.log, this.#o.crypto, this.#o.rootKey, this.#o.handlers);
    this.#generation++;
    this.#stale = false;
  }

  /** The next batch from the queue: parsed, deduplicated, its signatures sent to the pool. */
  async #prepare(): Promise<Prepared | null> {
    if (this.#stale) await this.#rebuild();
    if (this.#queue.length === 0) return null;
    const candidates = await this.#dedupe(this.#queue.splice(0, this.#o.maxBatch ?? 4096));
    return { candidates, verified: this.#verifySignatures(candidates) };
  }

  /**
   * Each candidate in order at its real position: the signer checked, then
   * the recap rules. Refusals are answered by the caller, once it knows this
   * ledger stands (see #run).
   */
  async #apply(
    candidates: Candidate[],
    verified: Map<Candidate, boolean>,
  ): Promise<{ accepted: Accepted[]; refused: Array<[Candidate, SaksiError]>; repeats: Candidate[] }> {
    const accepted: Accepted[] = [];
    const refused: Array<[Candidate, SaksiError]> = [];
    const repeats: Candidate[] = [];
    for (const [i, c] of candidates.entries()) {
      if (i > 0 && i % SLICE === 0) await turn();
      const key = encodeHex(c.item.leafHash);
      // The same entry may have come in an earlier batch, durable by now or still on its way.
      const known = this.#o.log.sequencer.indexOf(c.item.leafHash);
      if (known !== undefined) {
        this.#answerAll(c, { status: 'duplicate', index: known, leafHash: key, type: c.env.type });
        continue;
      }
      if (this.#inFlight.has(key)) {
        repeats.push(c); // of the batch before, answered once that one is durable
        continue;
      }
      const index = this.#ledger.size;
      try {
        this.#checkSigner(c, verified.get(c) ?? false, index);
        this.#ledger.apply(c.env, index, key);
        accepted.push({ candidate: c, item: c.item, env: c.env, index });
        this.#inFlight.set(key, c);
      } catch (e) {
        refused.push([c, asSaksiError(e)]);
      }
    }
    return { accepted, refused, repeats };
  }

  /** Parse, and answer duplicates of logged entries (or of another item in this batch) at once. */
  async #dedupe(items: Item[]): Promise<Candidate[]> {
    const seen = new Map<string, Candidate>();
    const out: Candidate[] = [];
    for (const [i, item] of items.entries()) {
      if (i > 0 && i % SLICE === 0) await turn();
      const key = encodeHex(item.leafHash);
      const first = seen.get(key);
      if (first !== undefined) {
        first.followers.push(item);
        continue;
      }
      const known = this.#o.log.sequencer.indexOf(item.leafHash);
      let env: Envelope;
      try {
        env = parseEnvelope(item.entry);
      } catch (e) {
        this.#answer(item, { status: 'refused', error: asSaksiError(e) });
        continue;
      }
      if (known !== undefined) {
        this.#answer(item, { status: 'duplicate', index: known, leafHash: key, type: env.type });
        continue;
      }
      const c: Candidate = { item, env, followers: [], signer: null };
      seen.set(key, c);
      out.push(c);
    }
    return out;
  }

  /** Verify on the pool every signature whose signer is already known; the rest are checked in order later. */
  async #verifySignatures(candidates: Candidate[]): Promise<Map<Candidate, boolean>> {
    const jobs: Candidate[] = [];
    for (const c of candidates) {
      try {
        c.signer = this.#ledger.signerOf(c.env, this.#ledger.size);
        jobs.push(c);
      } catch {
        c.signer = null; // e.g. a key registered earlier in this same batch
      }
    }
    const results = await this.#o.pool.verifyAll(
      jobs.map((c) => ({
        publicKey: c.signer as Uint8Array,
        message: signedMessageOfEntry(c.item.entry, c.env),
        signature: decodeBase64(c.env.sig) ?? new Uint8Array(0),
      })),
    );
    return new Map(jobs.map((c, i) => [c, results[i] === true]));
  }

  /** At the entry's real position: the signer must be authorised now, and the signature must verify under that key. */
  #checkSigner(c: Candidate, verifiedOnPool: boolean, index: number): void {
    const signer = this.#ledger.signerOf(c.env, index);
    const sameKey = c.signer !== null && Buffer.from(signer).equals(Buffer.from(c.signer));
    const ok = sameKey
      ? verifiedOnPool
      : this.#o.crypto.verifyEd25519(
          signer,
          signedMessageOfEntry(c.item.entry, c.env),
          decodeBase64(c.env.sig) ?? new Uint8Array(0),
        );
    if (!ok) {
      throw new SaksiError(
        'ENTRY_SIGNATURE_INVALID',
        msg(
          'Tanda tangan tidak sah untuk kunci penanda tangan.',
          "The signature does not verify under the signer's key.",
        ),
        { field: 'sig' },
      );
    }
  }

  /** Make a batch durable and answer it; false when the log refused it (the ledger is then ahead of the log). */
  async #append(accepted: Accepted[]): Promise<boolean> {
    if (accepted.length === 0) return true;
    try {
      const acks = await Promise.all(accepted.map((a) => this.#o.log.append(a.item.entry)));
      acks.forEach((ack, i) => {
        if (ack.index !== accepted[i]!.index)
          throw new Error(`log index ${ack.index} differs from ledger index ${accepted[i]!.index}`);
      });
      accepted.forEach((a, i) => {
        const ack = acks[i]!;
        this.#settle(a, {
          status: 'accepted',
          index: ack.index,
          leafHash: encodeHex(ack.leafHash),
          type: a.env.type,
        });
      });
      return true;
    } catch (e) {
      const error =
        e instanceof SaksiError
          ? e
          : new SaksiError(
              'LOG_WRITE_FAILED',
              msg('Log tidak dapat ditulis.', 'The log could not be written.'),
              { cause: e },
            );
      for (const a of accepted) this.#settle(a, { status: 'refused', error });
      return false;
    }
  }

  /** An entry that came again while its first copy was on its way to the disk, which has now succeeded. */
  #answerRepeat(c: Candidate): void {
    const index = this.#o.log.sequencer.indexOf(c.item.leafHash);
    if (index !== undefined) {
      this.#answerAll(c, {
        status: 'duplicate',
        index,
        leafHash: encodeHex(c.item.leafHash),
        type: c.env.type,
      });
      return;
    }
    this.#answerAll(c, { status: 'refused', error: busy() });
  }

  #settle(a: Accepted, result: SubmitResult): void {
    this.#inFlight.delete(encodeHex(a.item.leafHash));
    this.#answerAll(a.candidate, result);
  }

  #answer(item: Item, result: SubmitResult): void {
    item.resolve(result);
  }

  /** Answer a candidate and the identical entries that came with it in the batch. */
  #answerAll(c: Candidate, result: SubmitResult): void {
    c.item.resolve(result);
    const again: SubmitResult = result.status === 'accepted' ? { ...result, status: 'duplicate' } : result;
    for (const f of c.followers) f.resolve(again);
  }
}

interface Prepared {
  readonly candidates: Candidate[];
  readonly verified: Promise<Map<Candidate, boolean>>;
}

interface Accepted {
  readonly candidate: Candidate;
  readonly item: Item;
  readonly env: Envelope;
  readonly index: number;
}

interface Candidate {
  readonly item: Item;
  readonly env: Envelope;
  readonly followers: Item[];
  signer: Uint8Array | null;
}

/**
 * Entries handled between turns of the event loop: ≈ 20 ms of parsing or
 * applying, so reads (results, the log's files) are answered between slices
 * of a large batch instead of after it (bench/RESULTS.md, reads under load).
 */
const SLICE = 128;

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Refused for now, to be sent again (the queue is full, or an entry's first copy did not reach the log). */
function busy(): SaksiError {
  return new SaksiError(
    'INGEST_BUSY',
    msg('Server sedang penuh; kirim ulang sebentar lagi.', 'The server is busy; resend shortly.'),
  );
}

function asSaksiError(e: unknown): SaksiError {
  if (e instanceof SaksiError) return e;
  return new SaksiError(
    'ENTRY_REFUSED',
    msg('Entri ditolak.', `The entry was refused: ${String(e).slice(0, 200)}`),
    { cause: e },
  );
}
