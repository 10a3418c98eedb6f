/**
 * The README's "Running a real election" sequence, run as written (issue
 * 14): from an empty directory, no step of `--demo`, to a served log that an
 * independent witness cosigns and `saksi verify` accepts, holding Kota
 * Batu's 302 per-TPS records whose kecamatan totals are KPU's own.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startServer } from '../../src/app/start.js';
import { tallyOf } from '../../src/core/recap/index.js';
import { parseVerifierKey } from '../../src/core/log/note-key.js';
import { parsePolicy } from '../../src/core/log/policy.js';
import { nodeCrypto } from '../../src/crypto/node.js';
import { loadConfig } from '../../src/config/index.js';
import { generateWitnessKey, startWitness, writeWitnessKeyFile } from '../../src/witness/index.js';
import type { RunningWitness } from '../../src/witness/index.js';
import { BATU_CONTEST, writeBatuFiles } from '../support/batu-tree.js';
import type { BatuFiles, KpuAggregate } from '../support/batu-tree.js';
import { runSaksi, shellWords } from '../support/cli.js';
import { describeWithSharedData, sharedJson } from '../support/shared-data.js';

const README = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const REAL = sharedJson<KpuAggregate>('pilkada2024/pkwkk/35/3579.json');

/** The commands of the README's block, in order. */
function readmeCommands(): string[] {
  const block = /<!-- real-election:start -->([\s\S]*?)<!-- real-election:end -->/.exec(README)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('saksi '));
}

const root = mkdtempSync(join(tmpdir(), 'saksi-real-'));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(root, { recursive: true, force: true });
});

describeWithSharedData('Running a real election (README)', (shared) => {
  it('runs from an empty directory to a witnessed, verified log of Kota Batu as KPU counted it', async () => {
    const commands = readmeCommands();
    expect(commands.map((c) => shellWords(c).slice(1, 3).join(' '))).toEqual([
      'init --data-dir',
      'election create',
      'import sirekap-paslon',
      'import tps-csv',
      'election genesis',
      'import sirekap-tps',
      'policy add-witness',
      'policy set-quorum',
      'serve --data-dir',
      'verify --log',
    ]);
    const data = join(root, 'data');
    const work = join(root, 'work');
    mkdirSync(work, { recursive: true });
    const batu: BatuFiles = await writeBatuFiles(shared, work, REAL as KpuAggregate);
    expect(batu.tps).toBe(302);
    const vars: Record<string, string> = { DATA: data, KPU: join(shared, 'pilkada2024'), WORK: work };
    let witness: RunningWitness | undefined;
    for (const command of commands) {
      if (command.includes('$WITNESS_URL') && witness === undefined) {
        witness = await independentWitness(data);
        vars['WITNESS_URL'] = witness.address;
        vars['WITNESS_VKEY'] = witness.witness.vkey;
      }
      const args = shellWords(command.replace(/\$(\w+)/g, (_, v: string) => vars[v] ?? `$${v}`)).slice(1);
      if (args[0] === 'serve') {
        await serveUntilWitnessed(data, batu);
        continue;
      }
      const run = await runSaksi(args);
      if (process.env.SAKSI_TEST_DEBUG) console.log(command, run.out, run.err);
      expect(run.exitCode, `${command}\n${run.err}`).toBeUndefined();
      if (args[0] === 'verify') {
        expect(run.out).toMatch(
          /^OK: 307 entries of saksi\.kpu-batu\.example\/pilkada2024 verified in \d+ ms \(1 witness cosignatures\)/,
        );
        expect(run.err).not.toContain('quorum 0');
      }
    }
    const policy = parsePolicy(nodeCrypto, readFileSync(join(data, 'policy.txt'), 'utf8'));
    expect(policy.quorum).toBe(1);
    expect(policy.logUrl).toBe('https://saksi.kpu-batu.example/log/');
  }, 600_000);

  it('refuses `saksi init` on a used directory and changes nothing there', async () => {
    const data = join(root, 'data');
    const before = readFileSync(join(data, 'policy.txt'), 'utf8');
    const run = await runSaksi([
      'init',
      '--data-dir',
      data,
      '--origin',
      'x.example/log',
      '--public-url',
      'https://x.example',
      '--new-root',
    ]);
    expect(run.exitCode).toBe(1);
    expect(run.err).toContain('INIT_DIR_IN_USE');
    expect(readFileSync(join(data, 'policy.txt'), 'utf8')).toBe(before);
  });
});

async function independentWitness(data: string): Promise<RunningWitness> {
  const dir = mkdtempSync(join(root, 'witness-'));
  const keyFile = join(dir, 'witness.key');
  await writeWitnessKeyFile(keyFile, generateWitnessKey(nodeCrypto, 'witness.kawal.example/w1').skey);
  const logVkey = readFileSync(join(data, 'policy.txt'), 'utf8').split('\n')[0]!.split(' ')[1]!;
  const w = await startWitness(
    {
      port: 0,
      host: '127.0.0.1',
      keyFile,
      logs: [parseVerifierKey(nodeCrypto, logVkey)],
      stateDir: join(dir, 'state'),
    },
    { logLevel: 'silent' },
  );
  cleanups.push(() => w.close());
  return w;
}

/** `saksi serve --data-dir $DATA`, in-process: until a checkpoint over the whole log is cosigned. */
async function serveUntilWitnessed(data: string, batu: BatuFiles): Promise<void> {
  const server = await startServer(loadConfig({}, { dataDir: data, port: 0, logLevel: 'silent' }));
  try {
    const log = server.logService.log;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const file = join(data, 'log', 'checkpoint');
      const checkpoint = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (checkpoint.includes('witness.kawal.example/w1') && checkpoint.split('\n')[1] === String(log.size))
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(readFileSync(join(data, 'log', 'checkpoint'), 'utf8')).toContain('— witness.kawal.example/w1');
    const tally = tallyOf(server.ingest!.ledger);
    for (const [code, votes] of batu.kecamatan)
      expect(tally.snapshot(BATU_CONTEST, code).votes).toEqual(votes);
    expect(tally.snapshot(BATU_CONTEST, '3579').forms).toBe(302);
  } finally {
    await server.close();
  }
}
