/**
 * The README's first command, end to end: the built `saksi` binary serves the
 * demo on a fresh data directory, and answers as the README promises.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/saksi.js');
const dir = mkdtempSync(join(tmpdir(), 'saksi-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function saksi(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

describe('saksi serve --demo', () => {
  let child: ReturnType<typeof spawn>;
  let base = '';
  beforeAll(async () => {
    child = spawn(
      process.execPath,
      [BIN, 'serve', '--demo', '--port', '0', '--data-dir', join(dir, 'serve')],
      {
        env: { ...process.env, SAKSI_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    base = await new Promise<string>((ok, fail) => {
      let out = '';
      child.stdout?.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /serving .* at (http:\/\/\S+)/.exec(out);
        if (m?.[1] !== undefined) ok(m[1]);
      });
      child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
      child.on('exit', (code) => fail(new Error(`saksi serve exited ${code}: ${out}`)));
    });
  }, 90_000);
  afterAll(() => {
    child.kill('SIGTERM');
  });

  it("lists Kota Batu's 3 kecamatan at /api/regions/35.79", async () => {
    const body = (await (await fetch(`${base}/api/regions/35.79`)).json()) as {
      data: { children: { name: string }[] };
    };
    expect(body.data.children.map((c) => c.name)).toEqual(['Batu', 'Bumiaji', 'Junrejo']);
  });

  it('serves the demo contests', async () => {
    const body = (await (await fetch(`${base}/api/contests`)).json()) as { data: unknown[] };
    expect(body.data).toHaveLength(6);
  });
});

describe('saksi commands', () => {
  it('lists every configuration problem and exits 2', () => {
    const r = saksi(['migrate', '--data-dir', join(dir, 'cfg')], {
      SAKSI_DATABASE_URL: 'mysql://x',
      SAKSI_LOG_LEVEL: 'loud',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/2 problem/);
    expect(r.stderr).toMatch(/SAKSI_DATABASE_URL/);
    expect(r.stderr).toMatch(/SAKSI_LOG_LEVEL/);
  });

  it('imports a TPS CSV, and refuses a bad one with every problem and no stack trace', () => {
    const good = join(dir, 'tps.csv');
    writeFileSync(good, 'tps,address,dpt_male,dpt_female\n35.79.01.1001.001,Balai Desa,200,210\n');
    const ok = saksi(['import', 'tps-csv', good, '--data-dir', join(dir, 'imp')]);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toMatch(/1 TPS imported/);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'tps,dpt_male,dpt_female\n3579,1,1\n3579011001002,x,1\n');
    const r = saksi(['import', 'tps-csv', bad, '--data-dir', join(dir, 'imp')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/TPS_CSV_INVALID/);
    expect(r.stderr).toMatch(/TPS_CSV_CODE_INVALID \[line 2: tps\]/);
    expect(r.stderr).toMatch(/TPS_CSV_COUNT_INVALID \[line 3: dpt_male\]/);
    expect(r.stderr).not.toMatch(/\s+at /);
  }, 60_000);

  it('generates a registry for a region', () => {
    const r = saksi([
      'registry',
      'generate',
      '--region',
      '35.79',
      '--tps',
      '302',
      '--data-dir',
      join(dir, 'gen'),
    ]);
    expect(r.stdout).toMatch(/region 3579: 302 TPS over 24 desa\/kelurahan/);
  }, 60_000);
});
