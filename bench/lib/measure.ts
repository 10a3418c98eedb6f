/** Small timing helpers shared by the benchmarks. */
import { performance } from 'node:perf_hooks';

/** Calls `step` (which does `perCall` operations) until `minMs` passed; operations per second. */
export function rateSync(step: () => void, perCall: number, minMs: number): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    step();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (calls * perCall * 1000) / elapsed;
}

/** The async counterpart of `rateSync`. */
export async function rateAsync(step: () => Promise<void>, perCall: number, minMs: number): Promise<number> {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    await step();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (calls * perCall * 1000) / elapsed;
}

/** The value below which `p` of the (sorted in place) samples fall. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  samples.sort((a, b) => a - b);
  return samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
}

/** Seconds since `start` (a performance.now() reading). */
export function secondsSince(start: number): number {
  return (performance.now() - start) / 1000;
}

/** 12345.6 → "12,346". */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
