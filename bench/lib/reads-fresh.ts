/**
 * Freshness, measured from outside like any reader would: from a form's
 * acknowledgement (the batch response that gave it its log index) to
 *
 * - (a) its inclusion in a witnessed, published checkpoint: `GET
 *   /log/checkpoint` polled every `pollMs`; the form is in once its index is
 *   below the checkpoint's tree size (the note's second line);
 * - (b) its appearance in the public totals: `GET /api/results/{contest}/{kab/kota}`
 *   of the form's kab/kota polled every `pollMs` (with If-None-Match, as a
 *   browser would); the form is in once the view's `logSize` exceeds its
 *   index (the view is a function of the log prefix of that size).
 *
 * Only the kab/kota that have forms still waiting are polled.
 */
import { performance } from 'node:perf_hooks';
import type { Ack } from './reads-load.js';

export interface FreshnessOptions {
  readonly baseUrl: string;
  readonly contestId: string;
  readonly pollMs: number;
}

export interface FreshnessFigures {
  /** Acknowledgement → witnessed checkpoint, ms, one per form. */
  readonly checkpointMs: readonly number[];
  /** Acknowledgement → kab/kota totals, ms, one per form. */
  readonly totalsMs: readonly number[];
  /** Forms still waiting when the tracker stopped. */
  readonly unresolvedCheckpoint: number;
  readonly unresolvedTotals: number;
  readonly checkpointPolls: number;
  readonly totalsPolls: number;
  readonly pollErrors: number;
  readonly firstError: string | null;
  /** A few forms never seen in the totals, with what their kab/kota's view last said. */
  readonly unresolvedSample: ReadonlyArray<{
    readonly index: number;
    readonly regency: string;
    readonly lastLogSize: number | null;
    readonly lastEtag: string | null;
  }>;
}

export class Freshness {
  readonly #o: FreshnessOptions;
  #cpPending: Ack[] = [];
  readonly #totalsPending = new Map<string, Ack[]>();
  readonly #etags = new Map<string, string>();
  readonly #lastLogSize = new Map<string, number>();
  readonly #cpMs: number[] = [];
  readonly #totalsMs: number[] = [];
  #running = false;
  #loops: Promise<void>[] = [];
  #cpPolls = 0;
  #totalsPolls = 0;
  #errors = 0;
  #firstError: string | null = null;

  constructor(o: FreshnessOptions) {
    this.#o = o;
  }

  readonly add = (ack: Ack): void => {
    this.#cpPending.push(ack);
    const list = this.#totalsPending.get(ack.regency);
    if (list === undefined) this.#totalsPending.set(ack.regency, [ack]);
    else list.push(ack);
  };

  get pending(): number {
    let n = this.#cpPending.length;
    for (const l of this.#totalsPending.values()) n += l.length;
    return n;
  }

  start(): void {
    this.#running = true;
    this.#loops = [this.#loop(() => this.#pollCheckpoint()), this.#loop(() => this.#pollTotals())];
  }

  /** Waits up to `drainMs` for the forms still waiting, then stops polling. */
  async stop(drainMs: number): Promise<FreshnessFigures> {
    const until = performance.now() + drainMs;
    while (this.pending > 0 && performance.now() < until) await sleep(this.#o.pollMs);
    this.#running = false;
    await Promise.all(this.#loops);
    let unresolvedTotals = 0;
    for (const l of this.#totalsPending.values()) unresolvedTotals += l.length;
    return {
      checkpointMs: [...this.#cpMs],
      totalsMs: [...this.#totalsMs],
      unresolvedCheckpoint: this.#cpPending.length,
      unresolvedTotals,
      checkpointPolls: this.#cpPolls,
      totalsPolls: this.#totalsPolls,
      pollErrors: this.#errors,
      firstError: this.#firstError,
      unresolvedSample: [...this.#totalsPending.values()]
        .flat()
        .slice(0, 5)
        .map((a) => ({
          index: a.index,
          regency: a.regency,
          lastLogSize: this.#lastLogSize.get(a.regency) ?? null,
          lastEtag: this.#etags.get(a.regency) ?? null,
        })),
    };
  }

  async #loop(poll: () => Promise<void>): Promise<void> {
    while (this.#running) {
      const start = performance.now();
      try {
        await poll();
      } catch (e) {
        this.#errors++;
        this.#firstError ??= e instanceof Error ? e.message : String(e);
      }
      await sleep(Math.max(0, start + this.#o.pollMs - performance.now()));
    }
  }

  async #pollCheckpoint(): Promise<void> {
    if (this.#cpPending.length === 0) return;
    this.#cpPolls++;
    const res = await fetch(`${this.#o.baseUrl}/log/checkpoint`);
    const text = await res.text();
    const at = performance.now();
    if (res.status === 404) return; // nothing published yet
    if (res.status !== 200) throw new Error(`GET /log/checkpoint: HTTP ${res.status}`);
    const size = Number(text.split('\n')[1]);
    if (!Number.isSafeInteger(size))
      throw new Error(`GET /log/checkpoint: no tree size in ${text.slice(0, 80)}`);
    this.#cpPending = settle(this.#cpPending, size, at, this.#cpMs);
  }

  async #pollTotals(): Promise<void> {
    const regencies = [...this.#totalsPending.entries()].filter(([, l]) => l.length > 0).map(([r]) => r);
    await Promise.all(regencies.map((r) => this.#pollRegency(r)));
  }

  async #pollRegency(regency: string): Promise<void> {
    this.#totalsPolls++;
    const path = `/api/results/${encodeURIComponent(this.#o.contestId)}/${regency}`;
    const etag = this.#etags.get(regency);
    const res = await fetch(
      `${this.#o.baseUrl}${path}`,
      etag === undefined ? {} : { headers: { 'if-none-match': etag } },
    );
    const text = await res.text();
    const at = performance.now();
    if (res.status === 304) return;
    if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
    const logSize = (JSON.parse(text) as { data: { logSize: number } }).data.logSize;
    this.#lastLogSize.set(regency, logSize);
    const tag = res.headers.get('etag');
    if (tag !== null) this.#etags.set(regency, tag);
    this.#totalsPending.set(
      regency,
      settle(this.#totalsPending.get(regency) ?? [], logSize, at, this.#totalsMs),
    );
  }
}

/** Records the delay of every ack below `size`; returns those still waiting. */
function settle(pending: readonly Ack[], size: number, at: number, into: number[]): Ack[] {
  const still: Ack[] = [];
  for (const a of pending) {
    if (a.index < size) into.push(Math.max(0, at - a.at));
    else still.push(a);
  }
  return still;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
