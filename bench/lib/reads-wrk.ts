/**
 * Runs `wrk` (the Debian package: /usr/bin/wrk) against one URL and reads
 * its report: requests/s, latency percentiles (`--latency`), bytes read,
 * non-2xx/3xx responses and socket errors.
 */
import { spawn } from 'node:child_process';

export interface WrkOptions {
  readonly threads: number;
  readonly connections: number;
  readonly seconds: number;
  /** Default `wrk` on the PATH. */
  readonly bin?: string;
}

export interface WrkResult {
  readonly url: string;
  readonly requests: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p75Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  /** Bytes read, headers included, per request. */
  readonly bytesPerRequest: number;
  readonly non2xx: number;
  readonly socketErrors: number;
}

export function runWrk(url: string, o: WrkOptions): Promise<WrkResult> {
  const args = [`-t${o.threads}`, `-c${o.connections}`, `-d${o.seconds}s`, '--latency', url];
  return new Promise((resolve, reject) => {
    // Its own process group is not needed: wrk ends by itself after -d; the timer is a guard.
    const p = spawn(o.bin ?? 'wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const guard = setTimeout(() => p.kill('SIGKILL'), (o.seconds + 30) * 1000);
    p.on('error', (e) => {
      clearTimeout(guard);
      reject(new Error(`wrk could not start (${e.message}): install the wrk package`));
    });
    p.on('close', (code) => {
      clearTimeout(guard);
      if (code !== 0) {
        reject(new Error(`wrk ${args.join(' ')} exited with ${code}: ${err.trim() || out.trim()}`));
        return;
      }
      try {
        resolve(parseWrk(url, out));
      } catch (e) {
        reject(e instanceof Error ? new Error(`${e.message}\n${out}`) : e);
      }
    });
  });
}

/** Parses wrk 4's text report. */
export function parseWrk(url: string, text: string): WrkResult {
  const rate = /^Requests\/sec:\s+([\d.]+)/m.exec(text);
  const total = /^\s*(\d+) requests in ([\d.]+)(us|ms|s|m|h), ([\d.]+)([KMGT]?B) read/m.exec(text);
  if (rate === null || total === null) throw new Error('wrk printed no Requests/sec or total line');
  const pct = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(text);
    if (m === null) throw new Error(`wrk printed no ${p}% latency (was --latency given?)`);
    return Number(m[1]) * (UNIT_MS[m[2] as string] ?? NaN);
  };
  const requests = Number(total[1]);
  const bytes = Number(total[4]) * (BYTES[total[5] as string] ?? NaN);
  const non2xx = /^\s*Non-2xx or 3xx responses:\s+(\d+)/m.exec(text);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  return {
    url,
    requests,
    seconds: Number(total[2]) * ((UNIT_MS[total[3] as string] ?? NaN) / 1000),
    requestsPerSecond: Number(rate[1]),
    p50Ms: pct('50'),
    p75Ms: pct('75'),
    p90Ms: pct('90'),
    p99Ms: pct('99'),
    bytesPerRequest: requests > 0 ? bytes / requests : 0,
    non2xx: non2xx === null ? 0 : Number(non2xx[1]),
    socketErrors: sock === null ? 0 : sock.slice(1).reduce((n, v) => n + Number(v), 0),
  };
}

const UNIT_MS: Readonly<Record<string, number>> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const BYTES: Readonly<Record<string, number>> = {
  B: 1,
  KB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
  TB: 1024 ** 4,
};
