/**
 * Durable appends through the Sequencer on disk (fsync on): many writers at
 * once (group commit: one fsync round per batch), then one writer at a time
 * (one fsync round per entry), then the time to reopen (recover) the log.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { nodeCrypto } from '../../src/crypto/node.js';
import { Sequencer } from '../../src/log/sequencer.js';
import { DiskTileStorage } from '../../src/log/tile-storage.js';
import { percentile, secondsSince } from './measure.js';

export interface AppendOptions {
  readonly entries: number;
  readonly window: number;
  readonly sequential: number;
  readonly sequentialMaxMs: number;
}

export interface AppendRun {
  readonly entries: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly batches: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface AppendFigures {
  readonly entryBytes: number;
  readonly window: number;
  readonly concurrent: AppendRun;
  /** One at a time, on top of the concurrent run's log. */
  readonly sequential: AppendRun & { readonly fromSize: number };
  readonly reopenSeconds: number;
}

const ENTRY_BYTES = 1024;

export async function measureAppends(dir: string, o: AppendOptions): Promise<AppendFigures> {
  const open = () =>
    Sequencer.open({
      storage: new DiskTileStorage(join(dir, 'log')),
      state: new DiskTileStorage(join(dir, 'state')),
      hasher: nodeCrypto,
    });
  const seq = await open();
  const entry = entryMaker();
  const concurrent = await run(seq, o.entries, o.window, Infinity, entry);
  const fromSize = seq.size;
  const sequential = await run(seq, o.sequential, 1, o.sequentialMaxMs, entry);
  await seq.close();
  const start = performance.now();
  const reopened = await open();
  const reopenSeconds = secondsSince(start);
  await reopened.close();
  return {
    entryBytes: ENTRY_BYTES,
    window: o.window,
    concurrent,
    sequential: { ...sequential, fromSize },
    reopenSeconds,
  };
}

/** Distinct 1 KiB entries: random bytes with a counter in front. */
function entryMaker(): () => Uint8Array {
  const base = randomBytes(ENTRY_BYTES);
  let next = 0;
  return () => {
    const e = Buffer.from(base);
    e.writeUInt32BE(next++, 0);
    return e;
  };
}

/** `n` appends with `window` of them in flight, stopping early after `maxMs`. */
async function run(
  seq: Sequencer,
  n: number,
  window: number,
  maxMs: number,
  entry: () => Uint8Array,
): Promise<AppendRun> {
  let batches = 0;
  const unsubscribe = seq.onIntegrated(() => batches++);
  const latencies: number[] = [];
  let issued = 0;
  const start = performance.now();
  const writer = async () => {
    while (issued < n && performance.now() - start < maxMs) {
      issued++;
      const t = performance.now();
      await seq.add(entry());
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: Math.min(window, n) }, writer));
  const seconds = secondsSince(start);
  unsubscribe();
  const done = latencies.length;
  return {
    entries: done,
    seconds,
    perSecond: done / seconds,
    batches,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}
