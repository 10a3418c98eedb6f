/**
 * A progress line with rate and ETA: redrawn in place (`\r`) on a terminal,
 * one plain line every few seconds otherwise (logs, CI), nothing when quiet.
 */
import { performance } from 'node:perf_hooks';

export interface Progress {
  start(label: string, total: number): void;
  tick(n: number): void;
  done(): void;
}

export const SILENT: Progress = { start: () => undefined, tick: () => undefined, done: () => undefined };

export function progressLine(out: NodeJS.WriteStream = process.stderr): Progress {
  const tty = out.isTTY === true;
  const every = tty ? 250 : 5000;
  let label = '';
  let total = 0;
  let count = 0;
  let started = 0;
  let drawn = 0;
  const line = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? count / seconds : 0;
    const eta = rate > 0 ? Math.max(0, (total - count) / rate) : NaN;
    const pct = total > 0 ? Math.floor((100 * count) / total) : 100;
    return `${label} ${fmt(count)}/${fmt(total)} (${pct}%) ${fmt(rate)}/s ETA ${Number.isNaN(eta) ? '?' : duration(eta)}`;
  };
  return {
    start(l, t) {
      label = l;
      total = t;
      count = 0;
      started = performance.now();
      drawn = started;
    },
    tick(n) {
      count += n;
      const now = performance.now();
      if (now - drawn < every) return;
      drawn = now;
      out.write(tty ? `\r${line()}\x1b[K` : `${line()}\n`);
    },
    done() {
      out.write(tty ? `\r${line()}\x1b[K\n` : `${line()}\n`);
    },
  };
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function duration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m} min ${Math.round(seconds % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
