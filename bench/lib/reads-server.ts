/**
 * The server under test for bench/reads.ts, in its own process so that its
 * peak RSS and its event loop are its own: `startServer` on a kept
 * simulation's work directory (configured from SAKSI_* environment
 * variables, as `saksi serve` would be), generous write rate limits, and
 * optionally a web directory (the static baseline).
 *
 * Parent side: `forkServer()` starts it and waits until it listens;
 * `close()` asks it to close and returns its peak RSS. Started with
 * `prepare`, the child also creates the relay accounts' bearer tokens and
 * lists the TPS of the scope that have no form yet for the contest (with
 * what ResultModel needs to generate their forms).
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { loadConfig } from '../../src/config/index.js';
import { tpsRecord } from '../../src/core/recap/index.js';
import type { RegionCode } from '../../src/core/regions/index.js';
import type { Tps } from '../../src/core/registry/index.js';
import { genesisOf } from '../../src/core/statements/index.js';
import type { GenesisContest } from '../../src/core/statements/index.js';
import { startServer } from '../../src/app/start.js';
import type { RunningServer } from '../../src/app/start.js';
import { relayToken } from '../../src/simulate/drivers.js';
import { tpsInScope } from '../../src/synthetic/registry.js';

export interface ServerChildOptions {
  /** SAKSI_* settings (data dir, origin, root vkey, witnesses …). */
  readonly env: Readonly<Record<string, string>>;
  readonly webDir?: string;
  /** Create relay tokens and list reported/unreported TPS of `scope` for `contestId`. */
  readonly prepare?: { readonly scope: RegionCode; readonly contestId: string };
}

export interface Prepared {
  /** A national relay account (KPU RI), for the key registrations. */
  readonly setupToken: string;
  /** A relay account of the scope, for the forms. */
  readonly formsToken: string;
  readonly contest: GenesisContest;
  /** TPS codes that have a form for the contest, in code order. */
  readonly reported: readonly string[];
  /** TPS without one, in code order. */
  readonly unreported: readonly Tps[];
}

export interface ServerHandle {
  readonly address: string;
  readonly pid: number;
  readonly startSeconds: number;
  readonly prepared: Prepared | null;
  /** Close the server; its peak RSS (MB) and its RSS just before closing. */
  close(): Promise<{ peakRssMb: number; rssMb: number }>;
  /** Last resort on failure: SIGKILL this child. */
  kill(): void;
}

type ToParent =
  | { type: 'ready'; address: string; startSeconds: number; prepared: Prepared | null }
  | { type: 'closed'; peakRssMb: number; rssMb: number }
  | { type: 'failed'; error: string };

export function forkServer(o: ServerChildOptions): Promise<ServerHandle> {
  const child = fork(import.meta.filename, ['--reads-server', JSON.stringify(o)], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Only the given SAKSI_* settings: none inherited from the shell (a SAKSI_DATABASE_URL, say).
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SAKSI_'))),
      ...o.env,
    },
  });
  const pid = child.pid ?? -1;
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`the server process exited (${code}) before listening`));
    child.once('exit', onExit);
    child.once('error', reject);
    child.once('message', (m: ToParent) => {
      child.off('exit', onExit);
      if (m.type !== 'ready') {
        child.kill('SIGKILL');
        reject(new Error(`the server did not start: ${m.type === 'failed' ? m.error : m.type}`));
        return;
      }
      resolve({
        address: m.address,
        pid,
        startSeconds: m.startSeconds,
        prepared: m.prepared,
        close: () => closeChild(child),
        kill: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        },
      });
    });
  });
}

function closeChild(child: ChildProcess): Promise<{ peakRssMb: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      reject(new Error('the server process had already exited'));
      return;
    }
    let figures: { peakRssMb: number; rssMb: number } | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('message', (m: ToParent) => {
      if (m.type === 'closed') figures = { peakRssMb: m.peakRssMb, rssMb: m.rssMb };
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (figures !== undefined) resolve(figures);
      else reject(new Error(`the server process exited (${code}) without closing cleanly`));
    });
    child.send({ type: 'close' });
  });
}

async function childMain(o: ServerChildOptions): Promise<void> {
  // Resolves once the message is handed over, so that exiting right after cannot lose it.
  const send = (m: ToParent) =>
    new Promise<void>((resolve) => {
      if (process.send === undefined) resolve();
      else process.send(m, undefined, {}, () => resolve());
    });
  const t0 = performance.now();
  let server: RunningServer | undefined;
  try {
    const generous = { limit: 1_000_000_000, windowMs: 60_000 };
    server = await startServer(loadConfig(process.env), {
      security: {
        rateLimits: {
          loginPerIp: generous,
          loginPerAccount: generous,
          writePerIp: generous,
          writePerAccount: generous,
        },
      },
      ...(o.webDir === undefined ? {} : { webDir: o.webDir }),
    });
    const prepared = o.prepare === undefined ? null : await prepare(server, o.prepare);
    await send({
      type: 'ready',
      address: server.address.replace('://[::1]', '://127.0.0.1'),
      startSeconds: (performance.now() - t0) / 1000,
      prepared,
    });
  } catch (e) {
    await server?.close().catch(() => undefined);
    await send({ type: 'failed', error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    process.exit(1);
  }
  const running = server;
  let closing = false;
  process.on('message', (m: { type?: string }) => {
    if (m.type !== 'close' || closing) return;
    closing = true;
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    void running
      .close()
      .then(() => send({ type: 'closed', peakRssMb: process.resourceUsage().maxRSS / 1024, rssMb }))
      .finally(() => process.exit(0));
  });
  // The parent gone (crashed or killed): do not linger holding the log's lock.
  process.on('disconnect', () => {
    if (closing) return;
    closing = true;
    void running.close().finally(() => process.exit(0));
  });
}

async function prepare(
  server: RunningServer,
  p: NonNullable<ServerChildOptions['prepare']>,
): Promise<Prepared> {
  const ledger = server.ingest?.ledger;
  if (ledger === undefined) throw new Error('the server holds no election log (SAKSI_ROOT_VKEY missing?)');
  const contest = genesisOf(ledger)?.contests.find((c) => c.id === p.contestId);
  if (contest === undefined) throw new Error(`no contest ${p.contestId} in the log's genesis`);
  const all = await tpsInScope(server.store, p.scope);
  const reported: string[] = [];
  const unreported: Tps[] = [];
  for (const t of all) {
    if (tpsRecord(ledger, p.contestId, t.code) === undefined) unreported.push(t);
    else reported.push(t.code);
  }
  return {
    setupToken: await relayToken(server.store, 'national', 'bench-setup'),
    formsToken: await relayToken(server.store, p.scope, 'bench-relay'),
    contest,
    reported,
    unreported,
  };
}

const at = process.argv.indexOf('--reads-server');
if (at >= 0 && process.send !== undefined) {
  childMain(JSON.parse(process.argv[at + 1] ?? '{}') as ServerChildOptions).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
