/**
 * The live write load of bench/reads.ts: pre-signed C.Hasil posted to
 * `POST /api/forms/batch` at a fixed pace (e.g. 100 forms every 100 ms for
 * 1,000 forms/s), each request sent on schedule without waiting for the
 * previous ones — an open loop, like KPPS officers who do not wait for each
 * other — with at most `maxInFlight` requests outstanding (a tick that
 * finds that many skips, and is counted: the server fell behind).
 */
import { performance } from 'node:perf_hooks';
import { batchBody } from '../../src/simulate/drivers.js';

export interface LiveForm {
  readonly bytes: Uint8Array;
  /** The kab/kota of the form's TPS (where to look for it in the public totals). */
  readonly regency: string;
}

export interface Ack {
  readonly index: number;
  readonly regency: string;
  /** performance.now() when the response acknowledging it arrived. */
  readonly at: number;
}

export interface LoadOptions {
  readonly baseUrl: string;
  readonly token: string;
  readonly perSecond: number;
  readonly tickMs: number;
  readonly maxInFlight: number;
  readonly onAck?: (ack: Ack) => void;
}

export interface LoadFigures {
  readonly sent: number;
  readonly accepted: number;
  readonly duplicate: number;
  readonly refused: number;
  readonly failedRequests: number;
  readonly skippedTicks: number;
  readonly firstError: string | null;
  /** Request round trips (ms) of the batches. */
  readonly requestMs: readonly number[];
}

interface BatchAnswer {
  readonly data: ReadonlyArray<{
    readonly status: 'accepted' | 'duplicate' | 'refused';
    readonly index?: number;
    readonly error?: { readonly code: string };
  }>;
}

export class FormLoad {
  readonly #o: LoadOptions;
  readonly #forms: readonly LiveForm[];
  #next = 0;
  #inFlight = 0;
  #running = false;
  #timer: NodeJS.Timeout | undefined;
  #idle: Array<() => void> = [];
  /** Acceptance times, to count what was acknowledged within a window. */
  readonly #ackTimes: number[] = [];
  #fig = {
    sent: 0,
    accepted: 0,
    duplicate: 0,
    refused: 0,
    failedRequests: 0,
    skippedTicks: 0,
    firstError: null as string | null,
    requestMs: [] as number[],
  };

  constructor(forms: readonly LiveForm[], o: LoadOptions) {
    this.#forms = forms;
    this.#o = o;
  }

  get remaining(): number {
    return this.#forms.length - this.#next;
  }

  get figures(): LoadFigures {
    return { ...this.#fig, requestMs: [...this.#fig.requestMs] };
  }

  /** Forms acknowledged between two performance.now() readings. */
  acceptedBetween(from: number, to: number): number {
    let n = 0;
    for (const t of this.#ackTimes) if (t >= from && t < to) n++;
    return n;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    const per = Math.max(1, Math.round((this.#o.perSecond * this.#o.tickMs) / 1000));
    const t0 = performance.now();
    let tick = 0;
    const step = () => {
      if (!this.#running) return;
      if (this.#next >= this.#forms.length) {
        this.#running = false;
        return;
      }
      if (this.#inFlight >= this.#o.maxInFlight) this.#fig.skippedTicks++;
      else {
        const part = this.#forms.slice(this.#next, this.#next + per);
        this.#next += part.length;
        void this.#post(part);
      }
      tick++;
      // On a schedule from the start, so that a late tick does not shift every later one.
      this.#timer = setTimeout(step, Math.max(0, t0 + tick * this.#o.tickMs - performance.now()));
    };
    step();
  }

  /** Stops sending and waits for the requests in flight. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    if (this.#inFlight > 0) await new Promise<void>((resolve) => this.#idle.push(resolve));
  }

  async #post(part: readonly LiveForm[]): Promise<void> {
    this.#inFlight++;
    this.#fig.sent += part.length;
    const start = performance.now();
    try {
      const res = await fetch(`${this.#o.baseUrl}/api/forms/batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.#o.token}`, 'content-type': 'application/json' },
        body: batchBody(part.map((f) => f.bytes)),
      });
      const text = await res.text();
      const at = performance.now();
      if (res.status !== 200) throw new Error(`HTTP ${res.status} ${text.slice(0, 200)}`);
      this.#fig.requestMs.push(at - start);
      (JSON.parse(text) as BatchAnswer).data.forEach((d, i) => {
        if (d.status === 'accepted' && d.index !== undefined) {
          this.#fig.accepted++;
          this.#ackTimes.push(at);
          this.#o.onAck?.({ index: d.index, regency: (part[i] as LiveForm).regency, at });
        } else if (d.status === 'duplicate') this.#fig.duplicate++;
        else {
          this.#fig.refused++;
          this.#fig.firstError ??= `refused: ${d.error?.code ?? 'UNKNOWN'}`;
        }
      });
    } catch (e) {
      this.#fig.failedRequests++;
      this.#fig.firstError ??= e instanceof Error ? e.message : String(e);
    } finally {
      if (--this.#inFlight === 0) for (const resolve of this.#idle.splice(0)) resolve();
    }
  }
}
