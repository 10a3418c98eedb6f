/**
 * The serving process at national scale: `saksi serve` started on a kept
 * simulation directory (it rebuilds its projection from the log, as after
 * any restart), then asked for the results of every contest at the top of
 * its region. Reports the start-up time and the resident memory from
 * /proc: now (VmRSS) and at its peak (VmHWM) — the figure the 1.5 GB target is about.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './paths.js';

export interface ServeMemory {
  /** From spawn to /healthz answering, projection rebuilt from the log. */
  readonly startSeconds: number;
  /** After start-up and the reads. */
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly reads: number;
}

export async function measureServeMemory(o: {
  readonly workDir: string;
  readonly env: Readonly<Record<string, string>>;
  readonly port: number;
  /** Paths to read once the server is up, e.g. /api/results/<contest>/<region>. */
  readonly paths: readonly string[];
}): Promise<ServeMemory> {
  const start = performance.now();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/saksi.js'), 'serve', '--data-dir', o.workDir, '--port', String(o.port)],
    { env: { ...process.env, ...o.env, SAKSI_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise<never>((_, reject) =>
    child.on('exit', (code) => reject(new Error(`saksi serve exited with ${code} before it was measured`))),
  );
  exited.catch(() => undefined);
  try {
    const base = `http://127.0.0.1:${o.port}`;
    await Promise.race([waitHealthy(`${base}/healthz`), exited]);
    const startSeconds = (performance.now() - start) / 1000;
    let reads = 0;
    for (const path of o.paths) {
      const res = await fetch(`${base}${path}`);
      if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
      await res.arrayBuffer();
      reads++;
    }
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return { startSeconds, rssMb: kb(status, 'VmRSS') / 1024, peakRssMb: kb(status, 'VmHWM') / 1024, reads };
  } finally {
    const gone = new Promise((r) => child.once('exit', r));
    if (child.exitCode === null && child.kill('SIGTERM')) await gone; // the port is free for the next run
  }
}

/** Until /healthz answers; a national projection takes a minute or two to rebuild, so give up after ten. */
async function waitHealthy(url: string): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ten minutes`);
}

function kb(status: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (m === null) throw new Error(`${field} not in /proc status`);
  return Number(m[1]);
}
