/**
 * `npm run bench:log [-- --n 100000 --window 2000 --sequential 10000]`
 *
 * The log's write and verify speed next to the limits of the machine it
 * runs on, all measured in the same run: Ed25519 and SHA-256 rates, the
 * disk's fsync rate; durable appends through the Sequencer (concurrent and
 * one at a time); full verification of a log of signed statements. Prints
 * the figures, writes bench/out/log.json and appends to bench/RESULTS.md.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureAppends } from './lib/appends.js';
import type { AppendFigures } from './lib/appends.js';
import { measureBaselines } from './lib/baselines.js';
import type { Baselines } from './lib/baselines.js';
import { BENCH_DIR, RESULTS } from './lib/paths.js';
import { fmt } from './lib/measure.js';
import { appendResults, commandLine, machine, table, writeJson } from './lib/results.js';
import type { Machine } from './lib/results.js';
import { measureVerify } from './lib/verify.js';
import type { VerifyFigures } from './lib/verify.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    appends: { type: 'string' },
    window: { type: 'string', default: '2000' },
    sequential: { type: 'string', default: '10000' },
    'sequential-seconds': { type: 'string', default: '30' },
    dir: { type: 'string' },
    'no-record': { type: 'boolean', default: false },
  },
});
const n = positive('n', values.n);
const options = {
  entries: positive('appends', values.appends ?? values.n),
  window: positive('window', values.window),
  sequential: positive('sequential', values.sequential),
  sequentialMaxMs: positive('sequential-seconds', values['sequential-seconds']) * 1000,
};

function positive(name: string, text: string): number {
  const v = Number(text);
  if (!Number.isSafeInteger(v) || v < 1)
    throw new Error(`--${name} must be a positive integer (got ${text})`);
  return v;
}

async function main(): Promise<void> {
  const m = machine();
  const outDir = resolve(BENCH_DIR, 'out');
  mkdirSync(outDir, { recursive: true });
  const work = values.dir === undefined ? mkdtempSync(join(outDir, 'work-')) : resolve(values.dir);
  mkdirSync(work, { recursive: true });
  try {
    console.log(`bench:log on ${m.nproc} × ${m.cpu}, Node ${m.node}; files in ${work}`);
    console.log('baselines …');
    const base = await measureBaselines(work);
    console.log(
      `appends: ${fmt(options.entries)} concurrent (${fmt(options.window)} in flight), then one at a time …`,
    );
    const appends = await measureAppends(join(work, 'appends'), options);
    console.log(`verify: building a log of ${fmt(n)} signed statements …`);
    const verify = await measureVerify(join(work, 'verify'), n);
    const command = commandLine('bench/log.ts');
    writeJson(join(outDir, 'log.json'), { machine: m, command, baselines: base, appends, verify });
    const section = report(m, command, base, appends, verify);
    console.log(`\n${section}`);
    if (!values['no-record']) appendResults(RESULTS, HEADER, section);
  } finally {
    if (values.dir === undefined) rmSync(work, { recursive: true, force: true });
  }
}

function report(m: Machine, command: string, b: Baselines, a: AppendFigures, v: VerifyFigures): string {
  const c = a.concurrent;
  const s = a.sequential;
  const rows = [
    ['Ed25519 verify, 1 core (node:crypto)', `${fmt(b.ed25519OneCore)} /s`, ''],
    [
      `Ed25519 verify, all cores (VerifyPool × ${b.poolSize})`,
      `${fmt(b.ed25519AllCores)} /s`,
      `${fmt(b.ed25519AllCores / b.ed25519OneCore, 2)} × 1 core`,
    ],
    ['SHA-256 of 1 KiB (node:crypto)', `${fmt(b.sha256Of1KiB)} /s`, ''],
    ['fdatasync of a small file', `${fmt(b.fdatasync)} /s`, ''],
    ['durable put (tmp, fdatasync, rename, fsync dir)', `${fmt(b.durablePut)} /s`, ''],
    [
      `appends, ${fmt(c.entries)} × 1 KiB, ${fmt(a.window)} in flight`,
      `${fmt(c.perSecond)} /s (${fmt(c.seconds, 1)} s)`,
      `${fmt(c.perSecond / b.fdatasync, 1)} per fsync/s; ${fmt((100 * c.perSecond) / b.sha256Of1KiB, 1)} % of SHA-256/s`,
    ],
    [
      '  batches, mean batch',
      `${fmt(c.batches)}, ${fmt(c.entries / c.batches, 1)} entries`,
      `${fmt(c.batches / c.seconds)} batches/s`,
    ],
    ['  latency p50 / p99', `${fmt(c.p50Ms, 1)} / ${fmt(c.p99Ms, 1)} ms`, ''],
    [
      `appends one at a time, ${fmt(s.entries)} × 1 KiB from size ${fmt(s.fromSize)}`,
      `${fmt(s.perSecond)} /s`,
      `${fmt(s.perSecond / b.fdatasync, 3)} per fsync/s; ${fmt(b.durablePut / s.perSecond, 1)} durable puts' time each`,
    ],
    ['  latency p50 / p99', `${fmt(s.p50Ms, 2)} / ${fmt(s.p99Ms, 2)} ms`, ''],
    [`reopen (recover) the ${fmt(c.entries + s.entries)}-entry log`, `${fmt(a.reopenSeconds, 2)} s`, ''],
    [
      `build: ${fmt(v.entries)} signed statements (${fmt(v.logBytes / 1e6, 1)} MB), sealed and appended`,
      `${fmt(v.buildSeconds, 1)} s`,
      '',
    ],
    [
      'full verify (verifyLog, directorySource, VerifyPool)',
      `${fmt(v.allCores.perSecond)} entries/s (${fmt(v.allCores.seconds, 1)} s)`,
      `${fmt((100 * v.allCores.perSecond) / b.ed25519AllCores)} % of all-cores Ed25519/s`,
    ],
    [
      'full verify, signatures on 1 core',
      `${fmt(v.oneCore.perSecond)} entries/s (${fmt(v.oneCore.seconds, 1)} s)`,
      `${fmt((100 * v.oneCore.perSecond) / b.ed25519OneCore)} % of 1-core Ed25519/s`,
    ],
  ];
  return [
    `## ${m.date.slice(0, 16).replace('T', ' ')} UTC — \`${command}\``,
    '',
    `${m.nproc} × ${m.cpu} · Node ${m.node} · ${m.os} · load average ${fmt(m.loadAverage, 2)} at start${
      m.loadAverage > 0.25 * m.nproc ? ' (other work was running: figures are low)' : ''
    }`,
    '',
    table(['figure', 'measured', 'compared with'], rows),
    '',
  ].join('\n');
}

const HEADER = `# Benchmark results

Appended by the bench scripts, newest last; each section names the exact
command, the date and the machine (\`nproc\`, the CPU model from
/proc/cpuinfo, Node version, OS). Raw figures of the latest run are in
bench/out/*.json (not committed). Re-run with \`npm run bench\` (every bench)
or \`npm run bench:log\`.

## bench/log.ts — what each figure means

Baselines, measured in the same run so the ratios compare like with like:
- **Ed25519 verify, 1 core**: node:crypto \`verify\` of ≈ 300-byte messages
  under 64 keys with cached key objects — the raw cost of one signature.
- **Ed25519 verify, all cores**: the same through \`VerifyPool.verifyAll\`
  (worker threads, strict RFC 8032 checks included) — the ceiling for the verifier.
- **SHA-256 of 1 KiB**: node:crypto; every append hashes its entry once
  (leaf hash) plus about one node hash.
- **fdatasync**: one 64-byte write + fdatasync of a small file in the bench's
  work directory (same disk as the log) — the physical limit of durable writes.
- **durable put**: \`DiskTileStorage.put\` one at a time: write a tmp file,
  fdatasync, rename, fsync the directory — what each tile and the state file cost.

The log:
- **appends, N in flight**: N writers each awaiting \`Sequencer.add\` of distinct
  1 KiB entries, fsync on; the Sequencer batches whatever is queued (group
  commit). *per fsync/s* = appends/s ÷ fdatasync/s: how many entries each fsync
  carries thanks to batching (above 1 means batching works). *% of SHA-256/s*:
  how close hashing alone would come to being the limit.
- **appends one at a time**: a single writer, so every append is its own batch:
  entry bundle + hash tiles (parallel puts), then the tree state (one put).
  Latency p50/p99 per append. 10,000 appends by default (\`--sequential\`),
  capped at 30 s (\`--sequential-seconds\`): at a few hundred per second,
  100k one at a time would take several minutes.
- **reopen**: \`Sequencer.open\` on the finished log (recovery: reads every
  level-0 tile, rebuilds the tree, checks the recorded root).
- **full verify**: \`verifyLog\` over a log of N statements (\`election.genesis\`
  then \`key.register\` entries signed by the root key; registered keys are
  random 32-byte values), read with \`directorySource\`, with a signed
  checkpoint and a trust policy without witnesses (quorum 0). It checks every
  entry bundle against the hash tiles, every tile and the root, every
  envelope, signer and signature, replaying the ledger. *% of Ed25519/s*: how
  close verification comes to its signature-checking ceiling.
`;

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
