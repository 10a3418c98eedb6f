/**
 * `npm run bench:ingest [-- --scale province|national --reps 5 --profile --no-record]`
 *
 * End-to-end ingest speed next to the raw signature rate of the same
 * machine, measured in the same run:
 *
 * - baselines (bench/lib/baselines.ts): Ed25519 verifications/s on one core
 *   and on every core through VerifyPool (64 keys, cached key objects), plus
 *   the same pool when every signature comes from a key it has never seen —
 *   what a registry of one KPPS key per TPS looks like to the verifier;
 * - the batch path (`saksi simulate --via batch`: `Ingest.submit` in-process
 *   with pre-signed forms, 4,096 in flight): Kota Batu (302 TPS × governor +
 *   mayor), Jawa Timur (60,751 TPS × the governor form), and the scaling
 *   curve over the whole country's contests: its first 1k and 10k TPS, and
 *   with `--scale national` 100k and all 435,296 TPS (≈ 850k forms), then
 *   `saksi serve` started on that data (its memory), and the presidential
 *   contest over Pemilu 2024's 818,339 TPS; each
 *   Jawa Timur and Indonesia log is then verified as `saksi verify` does
 *   (the audit figure);
 * - the HTTP path (`--via http`: a local server, 8 clients posting
 *   `/api/forms/batch` with a relay account's bearer token): Kota Batu,
 *   `--reps` times on fresh servers, and Jawa Timur's governor forms once.
 *
 * Each scenario runs in its own child process (so peak RSS is its own). The
 * forms are signed before the clock starts; key registrations are set-up.
 * `--profile` runs the Jawa Timur child under `--cpu-prof` and lists the top
 * costs of the forms phase. Prints the figures, writes
 * bench/out/ingest.json and appends a section to bench/RESULTS.md.
 */
import { fork } from 'node:child_process';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { VerifyPool } from '../src/crypto/verify-pool.js';
import { nodeCrypto } from '../src/crypto/node.js';
import { parsePolicy } from '../src/core/log/policy.js';
import { genesisOf } from '../src/core/statements/index.js';
import { tallyOf } from '../src/core/recap/index.js';
import { verifyLog } from '../src/core/verify/index.js';
import { ENTRY_HANDLERS } from '../src/core/verify/handlers.js';
import { directorySource } from '../src/verify/sources.js';
import type { VerifyJob } from '../src/crypto/verify-pool.js';
import { NO_INCIDENTS, dirBytes, parseScope, simulate } from '../src/simulate/index.js';
import type { ContestSet, SimulationSummary } from '../src/simulate/index.js';
import { measureBaselines } from './lib/baselines.js';
import { measureServeMemory } from './lib/serve-memory.js';
import type { ServeMemory } from './lib/serve-memory.js';
import type { Baselines } from './lib/baselines.js';
import { OUT_DIR, RESULTS } from './lib/paths.js';
import { fmt } from './lib/measure.js';
import { appendResults, commandLine, machine, table, writeJson } from './lib/results.js';
import type { Machine } from './lib/results.js';

interface Scenario {
  readonly name: string;
  readonly scope: string;
  readonly contests: ContestSet;
  readonly via: 'batch' | 'http';
  readonly reps: number;
  readonly profileDir?: string;
  readonly databaseUrl?: string;
  /** The TPS registry (default: Pilkada 2024's where known). */
  readonly registry?: 'pemilu';
  /** Only the first N TPS of the registry (the scaling curve). */
  readonly limit?: number;
  /** Also time `saksi verify` of the resulting log (every signature, the tree, every tally). */
  readonly audit?: boolean;
  /** Also start `saksi serve` on the result and take its memory (bench/lib/serve-memory.ts). */
  readonly serve?: boolean;
}

/** Where the forms phase spent its wall time (batch path only). */
interface Breakdown {
  /** At least one VerifyPool.prepareAll outstanding (leaf hash, parse and signature on the workers). */
  readonly verifyMs: number;
  /** At least one log append outstanding (sequencing, tiles, fsync). */
  readonly appendMs: number;
  readonly totalMs: number;
}

interface Run {
  readonly summary: SimulationSummary;
  /** `verifyLog` of the whole log with the pool, and the tallies recomputed from its ledger. */
  readonly audit?: { readonly entries: number; readonly seconds: number; readonly perSecond: number };
  readonly serve?: ServeMemory;
  readonly workBytes: number;
  readonly breakdown?: Breakdown;
  /** The forms phase on the monotonic clock (µs), to cut the CPU profile. */
  readonly window?: { readonly startUs: number; readonly endUs: number };
}

interface ChildResult {
  readonly name: string;
  readonly runs: readonly Run[];
  readonly peakRssMb: number;
}

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'province' },
    reps: { type: 'string', default: '5' },
    profile: { type: 'boolean', default: false },
    'no-record': { type: 'boolean', default: false },
    'database-url': { type: 'string' },
    child: { type: 'string' },
  },
});

if (values.child !== undefined) {
  child(JSON.parse(values.child) as Scenario).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}

async function main(): Promise<void> {
  if (!['province', 'national'].includes(values.scale ?? ''))
    throw new Error('--scale is province (Kota Batu and Jawa Timur) or national');
  const reps = Number(values.reps);
  if (!Number.isSafeInteger(reps) || reps < 1) throw new Error('--reps must be a positive integer');
  const m = machine();
  mkdirSync(OUT_DIR, { recursive: true });
  const work = mkdtempSync(join(OUT_DIR, 'work-ingest-'));
  const profileDir = values.profile ? join(work, 'profile') : undefined;
  const db = values['database-url'] === undefined ? {} : { databaseUrl: values['database-url'] };
  try {
    console.log(
      `bench:ingest on ${m.nproc} × ${m.cpu}, Node ${m.node}, load average ${fmt(m.loadAverage, 2)}`,
    );
    console.log('baselines …');
    const base = await measureBaselines(work);
    const freshKeys = await freshKeyRate();
    const scenarios: Scenario[] = [
      { name: 'batch, Kota Batu', scope: '3579', contests: 'all', via: 'batch', reps: 1, ...db },
      {
        name: 'batch, Jawa Timur',
        scope: '35',
        contests: 'governor',
        via: 'batch',
        reps: 1,
        audit: true,
        ...db,
        ...(profileDir === undefined ? {} : { profileDir }),
      },
      // The scaling curve: the first 1k and 10k TPS of the country (and with --scale national 100k, then all of it).
      ...(values.scale === 'national' ? [1_000, 10_000, 100_000] : [1_000, 10_000]).map((limit) => ({
        name: `batch, Indonesia, first ${fmt(limit)} TPS`,
        scope: 'national',
        contests: 'all' as const,
        via: 'batch' as const,
        reps: 1,
        limit,
        audit: true,
        ...db,
      })),
      ...(values.scale === 'national'
        ? [
            {
              name: 'batch, Indonesia, every TPS and contest',
              scope: 'national',
              contests: 'all' as const,
              via: 'batch' as const,
              reps: 1,
              audit: true,
              serve: true,
              ...db,
            },
            {
              name: 'batch, Pemilu scale: the presidential contest at all 818,339 TPS of 2024',
              scope: 'national',
              contests: 'president' as const,
              registry: 'pemilu' as const,
              via: 'batch' as const,
              reps: 1,
              ...db,
            },
          ]
        : []),
      { name: 'http, Kota Batu', scope: '3579', contests: 'all', via: 'http', reps, ...db },
      // Large enough that start-up does not dominate: 60,751 forms through POST /api/forms/batch.
      { name: 'http, Jawa Timur', scope: '35', contests: 'governor', via: 'http', reps: 1, ...db },
    ];
    const results: ChildResult[] = [];
    for (const s of scenarios) {
      console.log(`${s.name} (${s.reps} run${s.reps > 1 ? 's' : ''}) …`);
      const r = await runChild(s);
      for (const run of r.runs) {
        if (!run.summary.ok)
          throw new Error(
            `${s.name}: the simulation failed (${run.summary.unexpected[0] ?? 'tally differs'})`,
          );
        console.log(
          `  ${fmt(run.summary.forms.entries)} forms in ${fmt(run.summary.forms.seconds, 2)} s = ${fmt(run.summary.forms.perSecond)}/s`,
        );
      }
      results.push(r);
    }
    const profile = profileDir === undefined ? null : topCosts(profileDir, results[1]?.runs[0]?.window);
    const command = commandLine('bench/ingest.ts');
    writeJson(join(OUT_DIR, 'ingest.json'), {
      machine: m,
      command,
      baselines: base,
      freshKeys,
      results,
      profile,
    });
    const section = report(m, command, base, freshKeys, results, profile);
    console.log(`\n${section}`);
    if (!values['no-record']) appendResults(RESULTS, HEADER, section);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** VerifyPool when every signature comes from a key never seen before (each key imported once). */
async function freshKeyRate(): Promise<number> {
  const pool = new VerifyPool();
  try {
    const rounds = Array.from({ length: 3 }, () => freshJobs(4096));
    const start = performance.now();
    let bad = 0;
    for (const jobs of rounds) bad += (await pool.verifyAll(jobs)).filter((ok) => !ok).length;
    if (bad > 0) throw new Error(`${bad} signatures did not verify`);
    return (rounds.length * 4096 * 1000) / (performance.now() - start);
  } finally {
    await pool.close();
  }
}

function freshJobs(n: number): VerifyJob[] {
  return Array.from({ length: n }, () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const message = new Uint8Array(randomBytes(900));
    return {
      publicKey: new Uint8Array(Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url')),
      message,
      signature: new Uint8Array(sign(null, message, privateKey)),
    };
  });
}

function runChild(s: Scenario): Promise<ChildResult> {
  const execArgv = [
    ...process.execArgv,
    // The whole country holds ≈ 4 GB of ledger and pre-signed forms: more than V8's default heap.
    ...(s.scope === 'national' ? ['--max-old-space-size=16384'] : []),
    ...(s.profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${s.profileDir}`]),
  ];
  return new Promise((resolveChild, reject) => {
    const p = fork(import.meta.filename, ['--child', JSON.stringify(s)], { execArgv, stdio: 'inherit' });
    let result: ChildResult | undefined;
    p.on('message', (m) => (result = m as ChildResult));
    p.on('error', reject);
    p.on('exit', (code) =>
      code === 0 && result !== undefined
        ? resolveChild(result)
        : reject(new Error(`${s.name}: child exited with ${code}`)),
    );
  });
}

async function child(s: Scenario): Promise<void> {
  const runs: Run[] = [];
  for (let i = 0; i < s.reps; i++) {
    const work = mkdtempSync(join(OUT_DIR, 'work-ingest-run-'));
    let verifyMs = 0;
    let appendMs = 0;
    let pending = 0;
    let since = 0;
    let counting = false;
    let window: { startUs: number; endUs: number } | undefined;
    const nowUs = () => Number(process.hrtime.bigint() / 1000n);
    try {
      const summary = await simulate({
        scope: parseScope(s.scope),
        via: s.via,
        contests: s.contests,
        rates: NO_INCIDENTS,
        workDir: work,
        keep: true,
        ...(s.limit === undefined ? {} : { limit: s.limit }),
        ...(s.registry === undefined ? {} : { registry: s.registry }),
        ...(s.databaseUrl === undefined ? {} : { databaseUrl: s.databaseUrl }),
        probe: {
          pipeline({ pool, log }) {
            const prepareAll = pool.prepareAll.bind(pool);
            pool.prepareAll = async (entries, keys) => {
              const t = performance.now();
              try {
                return await prepareAll(entries, keys);
              } finally {
                if (counting) verifyMs += performance.now() - t;
              }
            };
            const append = log.append.bind(log);
            log.append = (entry) => {
              if (pending++ === 0) since = performance.now();
              return append(entry).finally(() => {
                if (--pending === 0 && counting) appendMs += performance.now() - since;
              });
            };
          },
          phase(name, edge) {
            if (name !== 'forms') return;
            counting = edge === 'start';
            if (edge === 'start') window = { startUs: nowUs(), endUs: 0 };
            else if (window !== undefined) window.endUs = nowUs();
          },
        },
      });
      runs.push({
        summary,
        workBytes: dirBytes(work),
        ...(s.audit === true ? { audit: await auditLog(work) } : {}),
        ...(s.serve === true && summary.serveEnv !== null
          ? {
              serve: await measureServeMemory({
                workDir: work,
                env: {
                  ...summary.serveEnv,
                  ...(s.databaseUrl === undefined ? {} : { SAKSI_DATABASE_URL: s.databaseUrl }),
                },
                port: 18_090,
                paths: summary.tally.map((c) => `/api/results/${c.contestId}/${c.region}`),
              }),
            }
          : {}),
        ...(s.via === 'batch'
          ? { breakdown: { verifyMs, appendMs, totalMs: summary.forms.seconds * 1000 } }
          : {}),
        ...(window === undefined ? {} : { window }),
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const result: ChildResult = { name: s.name, runs, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.send?.(result);
}

/** `saksi verify` of a simulation's log: every signature (on the pool), the tree, every tally. */
async function auditLog(work: string): Promise<{ entries: number; seconds: number; perSecond: number }> {
  const pool = new VerifyPool();
  try {
    const start = performance.now();
    const report = await verifyLog({
      source: directorySource(join(work, 'log')),
      crypto: nodeCrypto,
      policy: parsePolicy(nodeCrypto, readFileSync(join(work, 'policy.txt'), 'utf8')),
      handlers: ENTRY_HANDLERS,
      prepare: pool.preparer(),
    });
    if (!report.ok || report.ledger === undefined)
      throw new Error(`saksi verify failed: ${JSON.stringify(report.failure)}`);
    const tally = tallyOf(report.ledger);
    for (const c of genesisOf(report.ledger)?.contests ?? []) tally.snapshot(c.id, c.region);
    const seconds = (performance.now() - start) / 1000;
    return { entries: report.size, seconds, perSecond: report.size / seconds };
  } finally {
    await pool.close();
  }
}

interface Costs {
  readonly main: Array<[string, number]>;
  readonly mainTotalMs: number;
  readonly workers: Array<[string, number]>;
  readonly workersTotalMs: number;
}

/** Self time per function during the forms phase: the main thread, and the verify workers together. */
function topCosts(dir: string, window: Run['window']): Costs | null {
  if (window === undefined || !existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const main = new Map<string, number>();
  const workers = new Map<string, number>();
  for (const f of files) {
    const p = JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile;
    const isMain = /\.0\.\d+\.cpuprofile$/.test(f);
    const into = isMain ? main : workers;
    const names = new Map(p.nodes.map((n) => [n.id, nameOf(n.callFrame)]));
    let t = p.startTime;
    const seen = new Map<string, number>();
    p.samples.forEach((id, i) => {
      t += p.timeDeltas[i] ?? 0;
      if (t < window.startUs || t > window.endUs) return;
      const name = names.get(id) ?? '?';
      seen.set(name, (seen.get(name) ?? 0) + (p.timeDeltas[i] ?? 0));
    });
    // A worker that never sampled in the window (the idle pool of another purpose) is left out.
    if (!isMain && [...seen.keys()].every((k) => k.startsWith('(idle)'))) continue;
    for (const [k, v] of seen) into.set(k, (into.get(k) ?? 0) + v / 1000);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return {
    main: sorted(main).slice(0, 15),
    mainTotalMs: sum(main),
    workers: sorted(workers).slice(0, 5),
    workersTotalMs: sum(workers),
  };
}

interface CpuProfile {
  readonly nodes: ReadonlyArray<{ readonly id: number; readonly callFrame: CallFrame }>;
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

function nameOf(c: CallFrame): string {
  const file = c.url.split('/').pop() ?? '';
  return file === ''
    ? `${c.functionName || '(anonymous)'}`
    : `${c.functionName || '(anonymous)'} (${file}:${c.lineNumber + 1})`;
}

function report(
  m: Machine,
  command: string,
  b: Baselines,
  freshKeys: number,
  results: readonly ChildResult[],
  profile: Costs | null,
): string {
  const raw = b.ed25519AllCores;
  const pct = (rate: number) => `${fmt((100 * rate) / raw)} % of raw`;
  const rows: string[][] = [
    ['Ed25519 verify, 1 core (node:crypto, 64 cached keys)', `${fmt(b.ed25519OneCore)} /s`, ''],
    [
      `Ed25519 verify, all cores (VerifyPool × ${b.poolSize}) — **raw**`,
      `${fmt(raw)} /s`,
      `${fmt(raw / b.ed25519OneCore, 2)} × 1 core`,
    ],
    ['  the same, a new key for every signature', `${fmt(freshKeys)} /s`, pct(freshKeys)],
  ];
  const breakdowns: string[] = [];
  for (const r of results) {
    const runs = r.runs;
    const rates = runs.map((x) => x.summary.forms.perSecond).sort((a, c) => a - c);
    const median = rates[Math.floor(rates.length / 2)] ?? 0;
    const first = runs[0]?.summary;
    if (first === undefined) continue;
    const target = r.name.startsWith('http') ? 40 : 70;
    const spread =
      rates.length > 1 ? ` (${fmt(rates[0] ?? 0)}–${fmt(rates.at(-1) ?? 0)}, median of ${rates.length})` : '';
    rows.push([
      `${r.name}: ${fmt(first.forms.entries)} forms${runs.length > 1 ? ` × ${runs.length}` : ''}`,
      `${fmt(median)} forms/s${spread}`,
      `${pct(median)} (target ≥ ${target} %)`,
    ]);
    rows.push([
      '  peak RSS; bytes on disk',
      `${fmt(r.peakRssMb)} MB; ${fmt(first.logBytes / first.logSize)} B/log entry`,
      `work dir (log + SQLite with regions, registry) ${fmt(runs[0]!.workBytes / first.forms.entries)} B/form`,
    ]);
    const audit = runs[0]?.audit;
    if (audit !== undefined)
      rows.push([
        `  saksi verify of that log: ${fmt(audit.entries)} entries, every tally`,
        `${fmt(audit.perSecond)} entries/s (${fmt(audit.seconds, 1)} s)`,
        `${pct(audit.perSecond)} (target ≥ 70 %)`,
      ]);
    const serve = runs[0]?.serve;
    if (serve !== undefined)
      rows.push([
        `  \`saksi serve\` on that data: resident memory after start-up and ${fmt(serve.reads)} results reads`,
        `${fmt(serve.rssMb)} MB (peak ${fmt(serve.peakRssMb)} MB); started in ${fmt(serve.startSeconds, 1)} s`,
        'target: peak < 1,500 MB',
      ]);
    if (r.name.includes('Indonesia') || r.name.includes('Pemilu'))
      rows.push([
        '  whole run, set-up to the last form',
        `${fmt(first.setup.seconds + first.forms.seconds + first.followUps.seconds, 1)} s; forms alone ${fmt(first.forms.seconds, 1)} s`,
        'target: national under 90 s',
      ]);
    const bd = runs[0]?.breakdown;
    if (bd !== undefined) {
      breakdowns.push(
        `- ${r.name}: a batch on the pool (hash, parse, signature) ${fmt((100 * bd.verifyMs) / bd.totalMs)} % of the time, a log append outstanding ${fmt((100 * bd.appendMs) / bd.totalMs)} %, of ${fmt(bd.totalMs / 1000, 1)} s`,
      );
    }
  }
  const lines = [
    `## ${m.date.slice(0, 16).replace('T', ' ')} UTC — \`${command}\` (bench/ingest.ts)`,
    '',
    `${m.nproc} × ${m.cpu} · Node ${m.node} · ${m.os} · load average ${fmt(m.loadAverage, 2)} at start${
      m.loadAverage > 0.25 * m.nproc ? ' (other work was running: figures are low)' : ''
    }`,
    '',
    'Forms signed before the clock starts (one KPPS key per TPS, registered by the root key during set-up);',
    '*raw* = Ed25519 verifications/s through VerifyPool on every core, measured in this run. Each scenario is',
    '`saksi simulate` (src/simulate/) in its own process, no errors injected, every tally checked against the truth.',
    '',
    table(['figure', 'measured', 'compared with'], rows),
    '',
  ];
  if (breakdowns.length > 0)
    lines.push(
      'Wall time of the forms phase (batch path) with each stage busy; the stages overlap (a batch is prepared on the pool while the one before is applied and the one before that is made durable), so the shares add up to more than 100 %, and where both are near 100 % the main thread between them is the limit (see the profile):',
      '',
      ...breakdowns,
      '',
    );
  if (profile !== null) {
    lines.push(
      `Top self time during the Jawa Timur forms phase (\`--profile\`, node --cpu-prof): main thread ${fmt(profile.mainTotalMs / 1000, 1)} s —`,
      '',
      ...profile.main.map(
        ([k, v]) => `- ${fmt((100 * v) / profile.mainTotalMs, 1)} % ${k.replace(/\|/g, '\\|')}`,
      ),
      '',
      `verify workers together ${fmt(profile.workersTotalMs / 1000, 1)} s —`,
      '',
      ...profile.workers.map(([k, v]) => `- ${fmt((100 * v) / profile.workersTotalMs, 1)} % ${k}`),
      '',
    );
  }
  return lines.join('\n');
}

const HEADER = `# Benchmark results

Appended by the bench scripts, newest last; each section names the exact
command, the date and the machine.
`;
