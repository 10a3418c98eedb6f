/**
 * Accounts end to end with the built `saksi` binary: bootstrap an admin and
 * a KPU account from the CLI (password piped on stdin), create a bearer
 * token, call the API with it, verify the audit chain; and `serve --demo`
 * creating demo accounts whose passwords land in a 0600 file, never in the repo.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/saksi.js');
const dir = mkdtempSync(join(tmpdir(), 'saksi-accounts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function saksi(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args, '--data-dir', join(dir, 'cli')], {
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, SAKSI_LOG_LEVEL: 'warn' },
    timeout: 60_000,
  });
}

describe('saksi accounts, tokens and audit', () => {
  it('bootstraps accounts and tokens from the command line', () => {
    expect(saksi(['regions', 'load']).status).toBe(0);
    const admin = saksi(['accounts', 'create-admin', '--username', 'root']);
    expect(admin.status).toBe(0);
    expect(admin.stdout).toMatch(/password \(shown once\): \S{12,}/);
    expect(admin.stdout).toMatch(/must enrol TOTP/);
    const kpu = saksi(
      [
        'accounts',
        'create',
        '--username',
        'kpu.batu',
        '--role',
        'kpu-kabkota',
        '--scope',
        '35.79',
        '--password-stdin',
      ],
      'piped passphrase 2024\n',
    );
    expect(kpu.status).toBe(0);
    expect(kpu.stdout).not.toMatch(/password \(shown once\)/);
    const bad = saksi(['accounts', 'create', '--username', 'x.y', '--role', 'ppk', '--scope', '35.79']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/SCOPE_LEVEL_INVALID/);
    expect(bad.stderr).not.toMatch(/\s+at /);
    const token = saksi(['tokens', 'create', '--username', 'kpu.batu']);
    expect(token.stdout).toMatch(/^saksi_pat_[A-Za-z0-9_-]{43}$/m);
    expect(saksi(['accounts', 'list']).stdout).toMatch(/kpu\.batu\tkpu-kabkota\t3579/);
    const verify = saksi(['audit', 'verify']);
    expect(verify.stdout).toMatch(/audit chain intact: 3 entries/);
  }, 90_000);
});

describe('saksi serve --demo creates demo accounts', () => {
  let child: ReturnType<typeof spawn>;
  let base = '';
  let out = '';
  const data = join(dir, 'serve');
  beforeAll(async () => {
    child = spawn(process.execPath, [BIN, 'serve', '--demo', '--port', '0', '--data-dir', data], {
      env: { ...process.env, SAKSI_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    base = await new Promise<string>((ok, fail) => {
      child.stdout?.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /serving .* at (http:\/\/\S+)/.exec(out);
        if (m?.[1] !== undefined) ok(m[1]);
      });
      child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
      child.on('exit', (code) => fail(new Error(`saksi serve exited ${code}: ${out}`)));
    });
  }, 120_000);
  afterAll(() => {
    child.kill('SIGTERM');
  });

  it('writes the passwords to a 0600 file, prints them once, and they sign in', async () => {
    const file = join(data, 'demo-credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const creds = JSON.parse(readFileSync(file, 'utf8')) as {
      accounts: Array<{
        username: string;
        password: string;
        role: string;
        scope: string;
        pairId: string | null;
      }>;
    };
    expect(creds.accounts.map((a) => a.role)).toEqual([
      'admin',
      'kpu-kabkota',
      'ppk',
      'kpps',
      'saksi',
      'ptps',
      'bawaslu-kabkota',
    ]);
    const kpps = creds.accounts.find((a) => a.role === 'kpps');
    expect(kpps?.scope).toMatch(/^357901\d{7}$/);
    expect(creds.accounts.find((a) => a.role === 'saksi')).toMatchObject({
      scope: kpps?.scope,
      pairId: '1000806',
    });
    expect(out).toContain(kpps?.password);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.kpu.batu', password: creds.accounts[1]?.password }),
    });
    expect(login.status).toBe(200);
    const body = (await login.json()) as {
      data: { totpSetupRequired: boolean; account: { demoExempt: boolean } };
    };
    expect(body.data).toMatchObject({ totpSetupRequired: false, account: { demoExempt: true } });
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly; Path=\/; SameSite=Strict/);
  });
});
