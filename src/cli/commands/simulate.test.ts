/**
 * `saksi simulate --region 3579 --via http` end to end, at Kota Batu's size:
 * a real server on a loopback port, relay accounts with bearer tokens,
 * every incident kind at a high rate — and the final tally of each contest,
 * read back through the results API, equal to the generated truth.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, expect, it, vi } from 'vitest';
import type { SimulationSummary } from '../../simulate/index.js';
import { sharedDataDir } from '../../../test/support/shared-data.js';
import { simulateCommand } from './simulate.js';

const dir = mkdtempSync(join(tmpdir(), 'saksi-simulate-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ out: string; exitCode: number | undefined }> {
  const program = new Command().exitOverride();
  simulateCommand(program);
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  const before = process.exitCode;
  try {
    await program.parseAsync(['simulate', ...args], { from: 'user' });
    return {
      out: lines.join(''),
      exitCode: process.exitCode === before ? undefined : Number(process.exitCode),
    };
  } finally {
    spy.mockRestore();
    process.exitCode = before;
  }
}

it('saksi simulate --region 3579 --via http: the tally of each contest equals the generated truth', async () => {
  const shared = sharedDataDir();
  const json = join(dir, 'summary.json');
  const { out, exitCode } = await run([
    '--region',
    '3579',
    '--via',
    'http',
    '--errors',
    '0.02',
    '--misreads',
    '0.02',
    '--corrections',
    '0.03',
    '--objections',
    '0.03',
    '--chunk',
    '50',
    '--work-dir',
    join(dir, 'work'),
    '--json',
    json,
    '--quiet',
    ...(shared === undefined ? [] : ['--shared-data', shared]),
  ]);
  const s = JSON.parse(readFileSync(json, 'utf8')) as SimulationSummary;
  expect(s.unexpected).toEqual([]);
  expect(exitCode).toBeUndefined();
  expect(out).toContain('OK: every tally equals the generated truth');
  expect(s.via).toBe('http');
  if (shared !== undefined) expect(s.registry).toMatchObject({ tps: 302, sources: { pilkada: 302 } });
  // Governor of Jawa Timur and Mayor of Batu at every TPS.
  expect(s.contests).toBe(2);
  expect(s.forms.entries).toBe(2 * s.registry.tps);
  for (const kind of ['error', 'misread', 'correction', 'objection'] as const)
    expect(s.scenarios[kind]).toBeGreaterThan(0);
  // Deliberate errors and misreads are refused by the arithmetic rules; the rest is accepted.
  expect(s.forms.refused).toEqual({
    'FORM_RULES_FAILED/FORM_VOTES_SUM': s.scenarios.error + s.scenarios.misread,
  });
  expect(s.followUps.accepted).toBe(s.scenarios.misread + s.scenarios.correction + s.scenarios.objection);
  expect(s.tally).toHaveLength(2);
  for (const c of s.tally) {
    expect(c.region).toBe('3579');
    expect(c.reported.votes).toEqual(c.truth.votes);
    expect([c.reported.valid, c.reported.invalid, c.reported.forms]).toEqual([
      c.truth.valid,
      c.truth.invalid,
      c.truth.forms,
    ]);
  }
  const forms = s.tally.reduce((n, c) => n + c.truth.forms, 0);
  expect(forms).toBe(s.forms.entries - s.scenarios.error);
}, 60_000);

it('refuses a work directory that is not empty, and bad options, with exit code 1', async () => {
  const r = await run(['--region', '3579', '--work-dir', join(dir, 'work'), '--quiet']);
  expect(r.exitCode).toBe(1);
  const bad = await run(['--region', '3579', '--via', 'carrier-pigeon', '--quiet']);
  expect(bad.exitCode).toBe(1);
});
