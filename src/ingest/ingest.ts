/**
 * The hot path. Submitted entries (signed statements) are checked and
 * appended to the log in batches (group commit):
 *
 *   on the worker pool: leaf hash, strict parse, signature (under the key
 *   registered for the entry's key id) → on the main thread, in order: drop
 *   duplicates (same bytes = same entry, answered with its first index) →
 *   check the signer may sign this entry at its position, then the recap
 *   rules (a refused entry changes nothing) → append the accepted ones to
 *   the log, durably → answer each with its index and leaf hash.
 *
 * The ledger (keys, forms, tallies) is the live projection; it is rebuilt
 * from the log at start, so the log stays the only record. Batches are
 * applied one at a time, in order, which keeps ledger indices equal to log
 * indices; the stages overlap across batches: while batch N is applied on
 * the main thread, batch N+1 is prepared on the worker pool and batch N−1's
 * appends are made durable. The main thread parses each entry once more
 * (JSON.parse, already checked) and does what depends on the ledger's
 * order (profiles in bench/RESULTS.md).
 */
import { SaksiError, msg } from '../core/errors/index.js';
import type { LogCrypto } from '../core/log/crypto.js';
import { encodeHex } from '../core/log/encoding.js';
import { hashLeaf } from '../core/log/hash.js';
import type { CHasilLike } from '../core/forms/index.js';
import { formOfEntry } from '../core/recap/form-of-entry.js';
import { StoredVersion } from '../core/recap/stored-version.js';
import type { HistoryEntry } from '../core/recap/types.js';
import type { EntryHandler, Envelope, Ledger } from '../core/statements/index.js';
import { PREPARED_REFUSED, preparedSignatureHolds, refusalError } from '../core/statements/prepared.js';
import { keyIdIn } from '../crypto/verify-pool.js';
import type { PreparedBatch, VerifyPool } from '../crypto/verify-pool.js';
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

  /**
   * A version's form: the one the ledger holds, or (the server's lean
   * ledger) read back from the version's log entry.
   */
  async formOf(version: HistoryEntry): Promise<CHasilLike> {
    if (!(version instanceof StoredVersion) || version.holdsForm) return version.form;
    // Applied but not durable yet: the entry is in hand. Otherwise the log has it at its index.
    const entry = this.#inFlight.get(version.hash)?.item.entry ?? (await this.#o.log.entry(version.index));
    if (encodeHex(hashLeaf(this.#o.crypto, entry)) !== version.hash)
      throw new SaksiError(
        'FORM_ENTRY_MISMATCH',
        msg(
          `Entri log ${version.index} bukan versi formulir ini; muat ulang.`,
          `Log entry ${version.index} is not this version of the form; reload.`,
        ),
      );
    return formOfEntry(entry, version.kind);
  }

  /** A version as the API shows it, form included. */
  async versionJson(version: HistoryEntry): Promise<HistoryEntry> {
    const form = await this.formOf(version);
    return version instanceof StoredVersion ? version.withForm(form) : { ...version, form };
  }

  /** Submit entries; each gets its own result, in order. */
  submit(entries: readonly Uint8Array[]): Promise<SubmitResult[]> {
    if (this.#queue.length + entries.length > (this.#o.maxQueue ?? 100_000)) {
      const error = busy();
      return Promise.resolve(entries.map(() => ({ status: 'refused' as const, error })));
    }
    const results = entries.map(
      (entry) => new Promise<SubmitResult>((resolve) => this.#queue.push({ entry, resolve })),
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
   * The loop. Batch N+1 is prepared on the pool while batch N is applied; N
   * is appended only once N−1 is durable, so a failed append never has a
   * successor written on top of it: the ledger is rebuilt from the log (the
   * record) and N is applied again before it goes.
   */
  async #run(): Promise<void> {
    let previous: Promise<boolean> | null = null;
    let current: Candidate[] = [];
    let collecting: readonly Item[] = [];
    let next: Sent | null = null;
    let poolFailed = false;
    try {
      next = await this.#start();
      while (next !== null) {
        const batch = await next.batch.catch((e: unknown) => {
          poolFailed = true;
          throw e;
        });
        collecting = batch.items;
        next = await this.#start(); // prepared on the pool while this batch is applied
        current = await this.#collect(batch);
        collecting = [];
        let outcome = await this.#apply(current);
        if (previous !== null && !(await previous)) {
          for (const a of outcome.accepted) this.#inFlight.delete(a.candidate.key);
          await this.#rebuild();
          outcome = await this.#apply(current);
        }
        for (const [c, error] of outcome.refused) this.#answerAll(c, { status: 'refused', error });
        for (const c of outcome.repeats) this.#answerRepeat(c);
        previous = this.#append(outcome.accepted);
        current = [];
        if (next === null && this.#queue.length > 0) next = await this.#start(); // came in meanwhile
      }
      if (previous !== null && !(await previous)) await this.#rebuild();
    } catch (e) {
      // A rebuild or the pool that fails (or a bug) lands here: every item taken from the queue is answered
      // (answering one twice does nothing). The append under way finishes first; the ledger is rebuilt at the
      // next run unless it is known to stand (the pool failed, and everything applied is durable).
      const error = asSaksiError(e);
      for (const c of current) this.#answerAll(c, { status: 'refused', error });
      for (const item of collecting) item.resolve({ status: 'refused', error });
      for (const item of next?.items ?? []) item.resolve({ status: 'refused', error });
      const durable = previous === null || (await previous);
      if (!poolFailed || !durable) this.#stale = true;
    }
  }

  /** The ledger from the log, after an append failed (or at the next run, if that failed too). */
  async #rebuild(): Promise<void> {
    this.#ledger = await replayLog(this.#o.log, this.#o.crypto, this.#o.rootKey, this.#o.handlers);
    this.#generation++;
    this.#stale = false;
  }

  /**
   * The next batch from the queue, sent to the pool with, for each entry,
   * the public key registered under its key id as far as the ledger knows
   * now (a key registered in a batch not yet applied is checked later, in order).
   */
  async #start(): Promise<Sent | null> {
    if (this.#stale) await this.#rebuild();
    if (this.#queue.length === 0) return null;
    const items = this.#queue.splice(0, this.#o.maxBatch ?? BATCH);
    const keys = items.map((item) => this.#publicKeyOf(keyIdIn(item.entry)));
    const prepared = this.#o.pool.prepareAll(
      items.map((item) => item.entry),
      keys,
    );
    const batch = prepared.then((p) => ({ items, keys, prepared: p }));
    batch.catch(() => undefined); // handled where it is awaited
    return { items, batch };
  }

  #publicKeyOf(keyId: string | undefined): Uint8Array | undefined {
    if (keyId === undefined) return undefined;
    if (keyId === this.#ledger.rootKeyId) return this.#ledger.rootKey;
    return this.#ledger.keys.get(keyId)?.publicKey;
  }

  /**
   * A prepared batch as candidates: refusals of the pool and duplicates of
   * logged entries (or of another entry of this batch) answered at once.
   */
  async #collect(batch: Batch): Promise<Candidate[]> {
    const { items, keys, prepared } = batch;
    const seen = new Map<string, Candidate>();
    const out: Candidate[] = [];
    for (const [i, item] of items.entries()) {
      if (i > 0 && i % SLICE === 0) await turn();
      const leafHash = prepared.hashes.subarray(32 * i, 32 * i + 32);
      const key = Buffer.from(leafHash.buffer, leafHash.byteOffset, 32).toString('hex');
      const first = seen.get(key);
      if (first !== undefined) {
        first.followers.push(item);
        continue;
      }
      const status = prepared.status[i] as number;
      if (status === PREPARED_REFUSED) {
        item.resolve({ status: 'refused', error: refusalError(prepared.refusals.get(i)) });
        continue;
      }
      // Strict UTF-8 and canonical JSON were checked on the pool: this parse cannot differ.
      const env = JSON.parse(
        Buffer.from(item.entry.buffer, item.entry.byteOffset, item.entry.byteLength).toString('utf8'),
      ) as Envelope;
      const known = this.#o.log.sequencer.indexOf(leafHash);
      if (known !== undefined) {
        item.resolve({ status: 'duplicate', index: known, leafHash: key, type: env.type });
        continue;
      }
      const c: Candidate = { item, leafHash, key, env, followers: [], sentKey: keys[i], status };
      seen.set(key, c);
      out.push(c);
    }
    return out;
  }

  /**
   * Each candidate in order at its real position: the signer checked, then
   * the recap rules. Refusals are answered by the caller, once it knows this
   * ledger stands (see #run).
   */
  async #apply(
    candidates: Candidate[],
  ): Promise<{ accepted: Accepted[]; refused: Array<[Candidate, SaksiError]>; repeats: Candidate[] }> {
    const accepted: Accepted[] = [];
    const refused: Array<[Candidate, SaksiError]> = [];
    const repeats: Candidate[] = [];
    for (const [i, c] of candidates.entries()) {
      if (i > 0 && i % SLICE === 0) await turn();
      // The same entry may have come in an earlier batch, durable by now or still on its way.
      const known = this.#o.log.sequencer.indexOf(c.leafHash);
      if (known !== undefined) {
        this.#answerAll(c, { status: 'duplicate', index: known, leafHash: c.key, type: c.env.type });
        continue;
      }
      if (this.#inFlight.has(c.key)) {
        repeats.push(c); // of the batch before, answered once that one is durable
        continue;
      }
      const index = this.#ledger.size;
      try {
        this.#checkSigner(c, index);
        this.#ledger.apply(c.env, index, c.key);
        accepted.push({ candidate: c, index });
        this.#inFlight.set(c.key, c);
      } catch (e) {
        refused.push([c, asSaksiError(e)]);
      }
    }
    return { accepted, refused, repeats };
  }

  /**
   * At the entry's real position: the signer must be authorised now, and the
   * signature must verify under that key — as checked on the pool when it
   * was given this very key, else here.
   */
  #checkSigner(c: Candidate, index: number): void {
    const signer = this.#ledger.signerOf(c.env, index);
    const ok = preparedSignatureHolds(this.#o.crypto, c.item.entry, c.env, c.status, c.sentKey, signer);
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
      const acks = await Promise.all(accepted.map((a) => this.#o.log.append(a.candidate.item.entry)));
      acks.forEach((ack, i) => {
        if (ack.index !== accepted[i]!.index)
          throw new Error(`log index ${ack.index} differs from ledger index ${accepted[i]!.index}`);
      });
      accepted.forEach((a, i) => {
        const ack = acks[i]!;
        this.#settle(a, {
          status: 'accepted',
          index: ack.index,
          leafHash: a.candidate.key,
          type: a.candidate.env.type,
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
    const index = this.#o.log.sequencer.indexOf(c.leafHash);
    if (index !== undefined) {
      this.#answerAll(c, { status: 'duplicate', index, leafHash: c.key, type: c.env.type });
      return;
    }
    this.#answerAll(c, { status: 'refused', error: busy() });
  }

  #settle(a: Accepted, result: SubmitResult): void {
    this.#inFlight.delete(a.candidate.key);
    this.#answerAll(a.candidate, result);
  }

  /** Answer a candidate and the identical entries that came with it in the batch. */
  #answerAll(c: Candidate, result: SubmitResult): void {
    c.item.resolve(result);
    const again: SubmitResult = result.status === 'accepted' ? { ...result, status: 'duplicate' } : result;
    for (const f of c.followers) f.resolve(again);
  }
}

/** A batch taken from the queue and sent to the pool. */
interface Sent {
  readonly items: Item[];
  readonly batch: Promise<Batch>;
}

/** A batch taken from the queue, as the pool prepared it. */
interface Batch {
  readonly items: Item[];
  /** The public key sent with each entry (the one registered under its key id when it was sent). */
  readonly keys: readonly (Uint8Array | undefined)[];
  readonly prepared: PreparedBatch;
}

interface Accepted {
  readonly candidate: Candidate;
  readonly index: number;
}

interface Candidate {
  readonly item: Item;
  readonly leafHash: Uint8Array;
  /** The leaf hash in lowercase hex. */
  readonly key: string;
  readonly env: Envelope;
  readonly followers: Item[];
  readonly sentKey: Uint8Array | undefined;
  /** PREPARED_UNCHECKED, _VERIFIED or _BAD_SIGNATURE. */
  readonly status: number;
}

/**
 * Entries handled between turns of the event loop: ≈ 20 ms of parsing or
 * applying, so reads (results, the log's files) are answered between slices
 * of a large batch instead of after it (bench/RESULTS.md, reads under load).
 */
const SLICE = 128;

/**
 * Entries per batch. Small enough that the entries clients keep in flight
 * (16 calls of 256 in the simulator) make several batches, so one is
 * prepared on the pool while another is applied and a third made durable:
 * with 4,096 a single batch took everything in flight and the stages ran
 * one after another (7,559 against 5,490 forms/s for Jawa Timur, bench/RESULTS.md).
 */
const BATCH = 1024;

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
