/**
 * `npm run bench:reads [-- --duration 5 --connections 32 --rate 1000 --limit 24000 --regency auto --no-record]`
 *
 * Public reads while the election-night peak is being ingested, and how
 * fresh what readers see is:
 *
 * - **Reads**: `wrk -t1 -c32 --latency` against a running server (its own
 *   process) on the Jawa Timur governor contest at its own levels — the
 *   province's results JSON, a kab/kota, a kecamatan, a TPS (`/api/tps`),
 *   and the Sirekap-compatible province JSON — each beside a static file of
 *   the same size as the province JSON served by the same process (the web
 *   route, from memory): requests/s and p50/p99 latency, first with no write
 *   load, then while forms are ingested at `--rate` (1,000 forms/s: 100
 *   forms every 100 ms as `POST /api/forms/batch`). Target: p99 < 20 ms and
 *   ≥ 50 % of the static file's rate.
 * - **Freshness**: for every form of the live load, from its
 *   acknowledgement (the batch's HTTP 200 giving the entry `accepted` with its
 *   log index; 201 is the single-form route's) to (a) a witnessed, published checkpoint covering it
 *   (`GET /log/checkpoint` every 20 ms) and (b) its kab/kota's public totals
 *   (`GET /api/results/…/{kab/kota}`, its `logSize`, every 20 ms): p50/p99.
 *   Target p99 < 2 s.
 *
 * `--regency auto` reads the kab/kota where the reported TPS end (filling
 * up while it is read); the kecamatan and TPS are reported ones in it.
 * Takes about 2½ minutes (`--duration` seconds per wrk run, 12 runs, plus
 * set-up); the live load needs `--rate` × (6 × duration + 2) s of unreported
 * TPS, which `--limit` leaves.
 *
 * Set-up (not timed): `simulate()` reports the first `--limit` TPS of Jawa
 * Timur (governor form, no incidents) into a kept work directory; a local
 * witness trusting the log's key; the server is started on that directory
 * once to create relay accounts, list the TPS still unreported and register
 * (through HTTP, relayed by a national account, signed by the election's
 * root key from the work directory) KPPS keys for as many of them as the
 * live load needs; then started again with the static baseline in its web
 * directory, while the live forms are signed. Prints a Markdown table,
 * writes bench/out/reads.json and appends a section to bench/RESULTS.md
 * (unless `--no-record`). Peak RSS is the serving process's.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { contestId as contestIdOf } from '../src/core/elections/index.js';
import { encodeBase64 } from '../src/core/log/encoding.js';
import { parseVerifierKey } from '../src/core/log/note-key.js';
import { formatDotted } from '../src/core/regions/index.js';
import type { RegionCode } from '../src/core/regions/index.js';
import { nodeCrypto } from '../src/crypto/node.js';
import { loadConfig } from '../src/config/index.js';
import { addWitness, setQuorum } from '../src/core/log/policy-edit.js';
import { changePolicyFile } from '../src/services/setup/policy-file.js';
import { requireTrust, vkeyOf } from '../src/services/setup/trust.js';
import { loadRootKey } from '../src/services/imports/offline.js';
import { NO_INCIDENTS, SILENT, simulate } from '../src/simulate/index.js';
import { httpDriver, pump } from '../src/simulate/drivers.js';
import { SIM_ELECTION } from '../src/simulate/election.js';
import { ResultModel } from '../src/synthetic/results.js';
import { seal, withKeyId } from '../src/synthetic/sign.js';
import type { SimSigner } from '../src/synthetic/sign.js';
import { generateWitnessKey, startWitness, writeWitnessKeyFile } from '../src/witness/index.js';
import type { RunningWitness } from '../src/witness/index.js';
import { OUT_DIR, RESULTS } from './lib/paths.js';
import { fmt, percentile } from './lib/measure.js';
import { Freshness } from './lib/reads-fresh.js';
import type { FreshnessFigures } from './lib/reads-fresh.js';
import { FormLoad } from './lib/reads-load.js';
import type { LiveForm, LoadFigures } from './lib/reads-load.js';
import { forkServer } from './lib/reads-server.js';
import type { Prepared, ServerHandle } from './lib/reads-server.js';
import { runWrk } from './lib/reads-wrk.js';
import type { WrkResult } from './lib/reads-wrk.js';
import { appendResults, commandLine, machine, table, writeJson } from './lib/results.js';
import type { Machine } from './lib/results.js';

const SCOPE = '35' as RegionCode;
const CONTEST = contestIdOf(SIM_ELECTION.id, 'pkwkp', SCOPE);
const STARTED = performance.now();
const TICK_MS = 100;
const POLL_MS = 20;
const TARGET_P99_MS = 20;
const TARGET_SHARE = 0.5;
const TARGET_FRESH_P99_MS = 2000;
/** An Ed25519 SubjectPublicKeyInfo is this prefix and the 32-byte key. */
const SPKI_PREFIX_BYTES = 12;

interface Target {
  readonly name: string;
  readonly path: string;
  readonly static?: boolean;
}

interface Run {
  readonly target: Target;
  readonly wrk: WrkResult;
  /** Forms acknowledged per second during this run (0 with no load). */
  readonly ingestPerSecond: number;
}

interface Figures {
  readonly machine: Machine;
  readonly command: string;
  readonly settings: {
    readonly seconds: number;
    readonly connections: number;
    readonly threads: number;
    readonly rate: number;
    readonly limit: number;
  };
  readonly setup: {
    readonly simulated: number;
    readonly simulateFormsPerSecond: number;
    readonly registryTps: number;
    readonly reportedAtStart: number;
    readonly keysRegistered: number;
    readonly keysPerSecond: number;
    readonly serverStartSeconds: number;
    readonly provinceBytes: number;
  };
  readonly idle: readonly Run[];
  readonly loaded: readonly Run[];
  readonly load: LoadFigures & { readonly seconds: number };
  readonly freshness: FreshnessFigures;
  readonly server: { readonly peakRssMb: number; readonly rssMb: number };
}

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    threads: { type: 'string', default: '1' },
    rate: { type: 'string', default: '1000' },
    limit: { type: 'string', default: '24000' },
    regency: { type: 'string', default: 'auto' },
    'no-record': { type: 'boolean', default: false },
  },
});

/** Everything to undo, newest first; run on success, failure and Ctrl-C alike. */
const cleanups: Array<() => Promise<void> | void> = [];
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const undo of cleanups.splice(0).reverse()) {
      try {
        await undo();
      } catch (e) {
        console.error(`cleanup: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up …`);
    void cleanup().finally(() => process.exit(130));
  });

main()
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => cleanup());

async function main(): Promise<void> {
  const seconds = positive('duration');
  const connections = positive('connections');
  const threads = positive('threads');
  const rate = positive('rate');
  const limit = positive('limit');
  const regency = values.regency ?? '';
  if (!/^35\d\d$/.test(regency) && regency !== 'auto')
    throw new Error('--regency must be a kab/kota of Jawa Timur (35xx) or auto');
  const m = machine();
  console.log(`bench:reads on ${m.nproc} × ${m.cpu}, Node ${m.node}, load average ${fmt(m.loadAverage, 2)}`);
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = mkdtempSync(join(OUT_DIR, 'work-reads-'));
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  const work = join(tmp, 'sim');
  const webDir = join(tmp, 'web');

  // 1. The world: the first `limit` TPS of Jawa Timur reported.
  say(`simulate ${SCOPE} (governor), the first ${fmt(limit)} TPS, batch …`);
  const summary = await simulate({
    scope: SCOPE,
    via: 'batch',
    contests: 'governor',
    limit,
    workDir: work,
    keep: true,
    rates: NO_INCIDENTS,
    progress: SILENT,
  });
  if (!summary.ok) throw new Error(`the simulation failed: ${summary.unexpected[0] ?? 'tally differs'}`);
  say(
    `  ${fmt(summary.forms.entries)} forms in ${fmt(summary.forms.seconds, 1)} s (${fmt(summary.forms.perSecond)}/s); registry ${fmt(summary.registry.tps)} TPS`,
  );
  const trust = await requireTrust(loadConfig({}, { dataDir: work }));

  // 2. A witness trusting the log's key, added to the work directory's policy as `saksi policy` does.
  const witness = await startBenchWitness(join(tmp, 'witness'), vkeyOf(trust.policy.log));
  cleanups.push(() => witness.close());
  await changePolicyFile(work, (p) =>
    setQuorum(
      nodeCrypto,
      addWitness(nodeCrypto, p, {
        name: 'witness.bench/reads',
        url: witness.address,
        vkey: witness.witness.vkey,
      }),
      1,
    ),
  );
  const env = {
    SAKSI_DATA_DIR: work,
    SAKSI_HOST: '127.0.0.1',
    SAKSI_PORT: '0',
    SAKSI_LOG_LEVEL: 'silent',
    SAKSI_BODY_LIMIT: String(8 * 1024 * 1024),
  };

  // 3. First start: relay accounts, the unreported TPS, the province JSON's size, the KPPS keys.
  const first = await startTracked({ env, prepare: { scope: SCOPE, contestId: CONTEST } });
  const prepared = first.prepared as Prepared;
  const targets = chooseTargets(prepared, regency);
  const provinceBody = await getText(first.address, targets[0]?.path ?? '');
  // The live load runs through every loaded wrk run plus a warm-up second and some slack.
  const needed = Math.ceil(rate * (targets.length * (seconds + 0.2) + 2) * 1.1);
  if (prepared.unreported.length < needed)
    throw new Error(
      `${fmt(prepared.unreported.length)} TPS are unreported but the live load needs ${fmt(needed)}: lower --limit, --duration or --rate`,
    );
  const live = prepared.unreported.slice(0, needed);
  say(
    `  ${fmt(prepared.reported.length)} TPS reported, ${fmt(prepared.unreported.length)} not; registering ${fmt(live.length)} KPPS keys through HTTP …`,
  );
  const rootSigner = withKeyId((await loadRootKey(trust.config)).signer);
  const kpps = live.map(() => kppsSigner());
  const registrations = live.map((t, i) =>
    seal(rootSigner, 'key.register', {
      publicKey: encodeBase64((kpps[i] as SimSigner).publicKey),
      role: 'kpps',
      scope: { region: t.code },
      name: `KPPS TPS ${formatDotted(t.code)}`,
    }),
  );
  const regStart = performance.now();
  const regOutcomes = await pump(httpDriver(first.address, prepared.setupToken), registrations, {
    chunk: 1000,
    inFlight: 2,
  });
  const regSeconds = (performance.now() - regStart) / 1000;
  const badReg = regOutcomes.find((o) => o.status !== 'accepted');
  if (badReg !== undefined)
    throw new Error(`a key registration was refused: ${badReg.code ?? badReg.status}`);
  say(`  ${fmt(live.length)} keys in ${fmt(regSeconds, 1)} s`);
  await stopTracked(first);

  // 4. The static baseline: a file of the province JSON's size (its very bytes) in the web directory.
  mkdirSync(webDir, { recursive: true });
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Saksi bench</title>\n');
  writeFileSync(join(webDir, 'same-size.json'), provinceBody);
  const provinceBytes = Buffer.byteLength(provinceBody);

  // 5. Second start, serving the baseline too; the live forms are signed meanwhile.
  say(`starting the server; signing ${fmt(live.length)} live C.Hasil …`);
  const starting = startTracked({ env, webDir });
  const model = new ResultModel('saksi-reads', SIM_ELECTION.ballotReservePermille);
  const forms: LiveForm[] = live.map((t, i) => ({
    bytes: seal(kpps[i] as SimSigner, 'form.chasil', model.truth(prepared.contest, t)),
    regency: t.code.slice(0, 4),
  }));
  const server = await starting;
  say(`  listening at ${server.address} after ${fmt(server.startSeconds, 1)} s (log replayed)`);
  for (const t of targets) {
    const res = await fetch(`${server.address}${t.path}`);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${t.path}: HTTP ${res.status}`);
  }

  const wrkOptions = { threads, connections, seconds };
  say('warming up (1 s per address) …');
  for (const t of targets) await runWrk(`${server.address}${t.path}`, { ...wrkOptions, seconds: 1 });

  // 6. Reads with no write load.
  say(`reads, no write load (${seconds} s each, ${connections} connections) …`);
  const idle: Run[] = [];
  for (const t of targets) idle.push(await measure(server.address, t, wrkOptions, null));

  // 7. Reads while forms are ingested, with freshness tracked throughout.
  say(`reads while ingesting ${fmt(rate)} forms/s …`);
  const fresh = new Freshness({ baseUrl: server.address, contestId: CONTEST, pollMs: POLL_MS });
  const load = new FormLoad(forms, {
    baseUrl: server.address,
    token: prepared.formsToken,
    perSecond: rate,
    tickMs: TICK_MS,
    maxInFlight: Math.ceil(2000 / TICK_MS),
    onAck: fresh.add,
  });
  fresh.start();
  const loadStart = performance.now();
  load.start();
  const loaded: Run[] = [];
  let loadSeconds = 0;
  let freshness: FreshnessFigures;
  try {
    await sleep(1000);
    for (const t of targets) {
      loaded.push(await measure(server.address, t, wrkOptions, load));
      if (load.remaining === 0) console.warn('  the live forms ran out: later figures had no write load');
    }
  } finally {
    await load.stop();
    loadSeconds = (performance.now() - loadStart) / 1000;
    say('  waiting for the last forms to be witnessed and shown …');
    freshness = await fresh.stop(10_000);
  }
  const { peakRssMb, rssMb } = await stopTracked(server);

  const command = commandLine('bench/reads.ts');
  const figures: Figures = {
    machine: m,
    command,
    settings: { seconds, connections, threads, rate, limit },
    setup: {
      simulated: summary.registry.simulated,
      simulateFormsPerSecond: summary.forms.perSecond,
      registryTps: summary.registry.tps,
      reportedAtStart: prepared.reported.length,
      keysRegistered: live.length,
      keysPerSecond: live.length / regSeconds,
      serverStartSeconds: server.startSeconds,
      provinceBytes,
    },
    idle,
    loaded,
    load: { ...load.figures, seconds: loadSeconds },
    freshness,
    server: { peakRssMb, rssMb },
  };
  writeJson(join(OUT_DIR, 'reads.json'), figures);
  const section = report(figures);
  console.log(`\n${section}`);
  if (!values['no-record']) appendResults(RESULTS, HEADER, section);
}

/** One wrk run; with a load, the forms acknowledged meanwhile. */
async function measure(
  base: string,
  t: Target,
  o: { threads: number; connections: number; seconds: number },
  load: FormLoad | null,
): Promise<Run> {
  const from = performance.now();
  const wrk = await runWrk(`${base}${t.path}`, o);
  const to = performance.now();
  const ingestPerSecond = load === null ? 0 : (load.acceptedBetween(from, to) * 1000) / (to - from);
  if (wrk.non2xx > 0 || wrk.socketErrors > 0)
    console.warn(`  ${t.path}: ${wrk.non2xx} non-2xx responses, ${wrk.socketErrors} socket errors`);
  say(
    `  ${t.name}: ${fmt(wrk.requestsPerSecond)} req/s, p50 ${fmt(wrk.p50Ms, 2)} ms, p99 ${fmt(wrk.p99Ms, 2)} ms${
      load === null ? '' : `; ingest ${fmt(ingestPerSecond)} forms/s`
    }`,
  );
  return { target: t, wrk, ingestPerSecond };
}

/**
 * The contest's own levels: the province; a kab/kota (`auto`: the one where
 * the reported TPS end, so that it is filling up while it is read, and the
 * live forms land there first), a reported kecamatan and TPS in it; the
 * Sirekap province JSON; the static baseline.
 */
function chooseTargets(p: Prepared, choice: string): Target[] {
  const regency = choice === 'auto' ? p.reported.at(-1)?.slice(0, 4) : choice;
  if (regency === undefined) throw new Error('no TPS is reported');
  const tps = p.reported.find((c) => c.startsWith(regency));
  if (tps === undefined) throw new Error(`no TPS of ${regency} is reported: choose another --regency`);
  const district = tps.slice(0, 6);
  const c = encodeURIComponent(CONTEST);
  return [
    { name: `province ${SCOPE}, results JSON`, path: `/api/results/${c}/${SCOPE}` },
    { name: `kab/kota ${regency}, results JSON`, path: `/api/results/${c}/${regency}` },
    { name: `kecamatan ${district}, results JSON`, path: `/api/results/${c}/${district}` },
    { name: `TPS ${tps}, /api/tps`, path: `/api/tps/${tps}` },
    { name: `province ${SCOPE}, Sirekap JSON`, path: `/sirekap/pilkada/hhcw/pkwkp/${SCOPE}.json` },
    { name: 'static file of the province JSON size', path: '/same-size.json', static: true },
  ];
}

/**
 * A fresh KPPS key. Not `newSimSigner()`: on Node 20 (seen on 20.20.2) a
 * loop of `generateKeyPairSync('ed25519')` then `publicKey.export({ format:
 * 'jwk' })` deadlocks within some 50,000 keys — a garbage collection inside
 * the export finalises the key generation job, whose destructor takes the
 * key's mutex that the export holds (gdb: ExportJWKEdKey → GC → ~KeyGenJob →
 * uv_mutex_lock); the main thread then waits on a futex for good. Asking for
 * the public key's DER in the call itself exports it while the job is alive.
 */
function kppsSigner(): SimSigner {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'der' },
  });
  return withKeyId({
    // Typed as a KeyObject (the typings want both encodings for Buffers): it is the DER bytes.
    publicKey: new Uint8Array((publicKey as unknown as Buffer).subarray(SPKI_PREFIX_BYTES)),
    sign: (message) => new Uint8Array(sign(null, message, privateKey)),
  });
}

async function startBenchWitness(dir: string, logVkey: string): Promise<RunningWitness> {
  const keyFile = join(dir, 'witness.key');
  await writeWitnessKeyFile(keyFile, generateWitnessKey(nodeCrypto, 'witness.bench/reads').skey);
  return startWitness(
    {
      port: 0,
      host: '127.0.0.1',
      keyFile,
      logs: [parseVerifierKey(nodeCrypto, logVkey)],
      stateDir: join(dir, 'state'),
    },
    { logLevel: 'warn' },
  );
}

/** A server process, killed by the cleanup unless closed first. */
async function startTracked(o: Parameters<typeof forkServer>[0]): Promise<ServerHandle> {
  const handle = await forkServer(o);
  cleanups.push(() => handle.kill());
  return handle;
}

function stopTracked(h: ServerHandle): Promise<{ peakRssMb: number; rssMb: number }> {
  return h.close();
}

async function getText(base: string, path: string): Promise<string> {
  const res = await fetch(`${base}${path}`);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
  return text;
}

function positive(name: 'duration' | 'connections' | 'threads' | 'rate' | 'limit'): number {
  const n = Number(values[name]);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
  return n;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A progress line, with the seconds since the start. */
function say(line: string): void {
  console.log(`${fmt((performance.now() - STARTED) / 1000).padStart(4)} s  ${line}`);
}

function report(f: Figures): string {
  const m = f.machine;
  const rows: string[][] = [];
  const ok = (b: boolean) => (b ? '✓' : '✗');
  const section = (runs: readonly Run[], condition: string) => {
    const base = runs.find((r) => r.target.static === true);
    for (const r of runs) {
      const w = r.wrk;
      const share = base === undefined ? NaN : w.requestsPerSecond / base.wrk.requestsPerSecond;
      const isBase = r.target.static === true;
      rows.push([
        `${r.target.name} \`${r.target.path.replace(/%2F/g, '/')}\``,
        condition,
        fmt(w.bytesPerRequest),
        `${fmt(w.requestsPerSecond)} req/s`,
        `${fmt(w.p50Ms, 2)} / ${fmt(w.p99Ms, 2)} ms`,
        isBase || base === undefined
          ? 'baseline'
          : `${fmt(100 * share)} % of ${fmt(base.wrk.requestsPerSecond)} req/s; p99 ${fmt(w.p99Ms / base.wrk.p99Ms, 1)} × ${fmt(base.wrk.p99Ms, 2)} ms`,
        isBase
          ? `p99 < ${TARGET_P99_MS} ms ${ok(w.p99Ms < TARGET_P99_MS)}`
          : `p99 < ${TARGET_P99_MS} ms ${ok(w.p99Ms < TARGET_P99_MS)} · ≥ ${fmt(100 * TARGET_SHARE)} % ${ok(share >= TARGET_SHARE)}`,
      ]);
    }
  };
  section(f.idle, 'no writes');
  const ingest = f.loaded.map((r) => r.ingestPerSecond);
  section(f.loaded, `ingesting (${fmt(Math.min(...ingest))}–${fmt(Math.max(...ingest))} forms/s)`);
  const fr = f.freshness;
  const freshRow = (name: string, samples: readonly number[], unresolved: number): string[] => {
    const s = [...samples];
    const p99 = percentile(s, 0.99);
    return [
      name,
      fmt(s.length),
      `${fmt(percentile(s, 0.5))} ms`,
      `${fmt(p99)} ms`,
      `${fmt(s.at(-1) ?? NaN)} ms`,
      `${fmt(unresolved)}`,
      `p99 < ${fmt(TARGET_FRESH_P99_MS)} ms ${ok(p99 < TARGET_FRESH_P99_MS && unresolved === 0)}`,
    ];
  };
  const l = f.load;
  const req = [...l.requestMs];
  const s = f.setup;
  const lines = [
    `## ${m.date.slice(0, 16).replace('T', ' ')} UTC — \`${f.command}\` (bench/reads.ts)`,
    '',
    `${m.nproc} × ${m.cpu} · Node ${m.node} · ${m.os} · load average ${fmt(m.loadAverage, 2)} at start${
      m.loadAverage > 0.25 * m.nproc ? ' (other work was running: figures are low)' : ''
    }`,
    '',
    `Jawa Timur governor contest, the first ${fmt(s.simulated)} of ${fmt(s.registryTps)} TPS reported by \`saksi simulate\` (batch,`,
    `${fmt(s.simulateFormsPerSecond)} forms/s), served by \`startServer\` in its own process (SQLite, one local witness,`,
    `log replayed in ${fmt(s.serverStartSeconds, 1)} s). \`wrk -t${f.settings.threads} -c${f.settings.connections} -d${f.settings.seconds}s --latency\` per address, one after`,
    "the other; the baseline is a file of the province JSON's size (its very bytes) served from memory by the same",
    `process's web route, measured in the same condition. Write load: ${fmt(f.settings.rate)} pre-signed C.Hasil/s of TPS not yet`,
    `reported (${fmt(Math.round((f.settings.rate * TICK_MS) / 1000))} every ${TICK_MS} ms in \`POST /api/forms/batch\`, relayed by a provincial KPU account).`,
    `Targets: p99 < ${TARGET_P99_MS} ms and ≥ ${fmt(100 * TARGET_SHARE)} % of the static file's rate; freshness p99 < ${fmt(TARGET_FRESH_P99_MS / 1000)} s.`,
    '',
    table(['read', 'writes', 'bytes/response', 'rate', 'p50 / p99', 'vs the static file', 'target'], rows),
    '',
    `Freshness over ${fmt(l.seconds, 1)} s of write load, from a form's acknowledgement (batch response) to what readers`,
    `see, polled every ${POLL_MS} ms (results with If-None-Match; views are cached ≤ 1 s, checkpoints published ≤ 1/s):`,
    '',
    table(
      ['figure', 'forms', 'p50', 'p99', 'max', 'not seen in time', 'target'],
      [
        freshRow(
          'ack → witnessed checkpoint (`GET /log/checkpoint` size > index)',
          fr.checkpointMs,
          fr.unresolvedCheckpoint,
        ),
        freshRow(
          'ack → kab/kota totals (`GET /api/results/…/{kab/kota}` logSize > index)',
          fr.totalsMs,
          fr.unresolvedTotals,
        ),
      ],
    ),
    '',
    `- write load: ${fmt(l.sent)} forms sent in ${fmt(l.seconds, 1)} s (${fmt(l.sent / l.seconds)}/s), ${fmt(l.accepted)} accepted, ${fmt(
      l.duplicate,
    )} duplicate, ${fmt(l.refused)} refused, ${fmt(l.failedRequests)} failed requests, ${fmt(l.skippedTicks)} ticks skipped (${fmt(
      2000 / TICK_MS,
    )} batches outstanding); batch round trip p50 ${fmt(percentile(req, 0.5))} ms, p99 ${fmt(percentile(req, 0.99))} ms${
      l.firstError === null ? '' : `; first error: ${l.firstError}`
    }`,
    `- set-up: ${fmt(s.keysRegistered)} KPPS keys registered through HTTP at ${fmt(s.keysPerSecond)}/s; ${fmt(
      s.reportedAtStart,
    )} TPS reported when the reads began`,
    `- the serving process: peak RSS ${fmt(f.server.peakRssMb)} MB (RSS ${fmt(f.server.rssMb)} MB at the end)${
      fr.pollErrors > 0 ? `; ${fr.pollErrors} freshness polls failed (${fr.firstError})` : ''
    }`,
    '',
  ];
  return lines.join('\n');
}

const HEADER = `# Benchmark results

Appended by the bench scripts, newest last; each section names the exact
command, the date and the machine.
`;
