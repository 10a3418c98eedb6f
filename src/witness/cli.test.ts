/**
 * `saksi witness keygen` and `saksi witness serve` as child processes. Runs
 * the built CLI (`node bin/saksi.js`) when dist/ is at least as new as the
 * witness sources, else the sources through tsx (`node --import tsx`).
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { requireQuorum } from '../core/log/cosignature.js';
import { SIGNATURE_TYPE_COSIGNATURE_V1, parseVerifierKey } from '../core/log/note-key.js';
import { parseNote } from '../core/log/note.js';
import { formatAddCheckpoint } from './request.js';
import { TestLog, crypto } from './testdata/log.js';
import { tempDir } from './testdata/witness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNNER = chooseRunner();
const children: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function chooseRunner(): { name: string; args: string[] } {
  const built = join(ROOT, 'dist/cli/commands/witness.js');
  const sources = [
    join(ROOT, 'src/cli/commands/witness.ts'),
    join(ROOT, 'src/cli/main.ts'),
    ...readdirSync(join(ROOT, 'src/witness'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(ROOT, 'src/witness', f)),
  ];
  const fresh = existsSync(built) && sources.every((s) => statSync(s).mtimeMs <= statSync(built).mtimeMs);
  return fresh
    ? { name: 'node bin/saksi.js', args: [join(ROOT, 'bin/saksi.js')] }
    : { name: 'node --import tsx src/cli/main.ts', args: ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')] };
}

function saksi(args: string[]): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, [...RUNNER.args, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
  });
  children.push(child);
  return child;
}

async function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = saksi(args);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number | null>((r) => child.on('close', r));
  return { code, stdout, stderr };
}

/** Resolves with stdout so far once `pattern` appears (or rejects when the process exits first). */
function waitFor(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const match = pattern.exec(out);
      if (match !== null) resolve(match);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}: ${out}${err}`)));
  });
}

describe(`saksi witness (via ${RUNNER.name})`, () => {
  it('keygen writes a 0600 key and prints its cosignature vkey; serve answers add-checkpoint', async () => {
    const dir = await tempDir();
    const keyFile = join(dir, 'witness.key');
    const keygen = await run(['witness', 'keygen', '--name', 'witness.test/cli', '--out', keyFile]);
    expect(keygen.code, keygen.stderr).toBe(0);
    const vkey = keygen.stdout.trim();
    const key = parseVerifierKey(crypto, vkey);
    expect(key).toMatchObject({ name: 'witness.test/cli', type: SIGNATURE_TYPE_COSIGNATURE_V1 });
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);

    const again = await run(['witness', 'keygen', '--name', 'witness.test/cli', '--out', keyFile]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('WITNESS_KEY_FILE_INVALID');

    const log = new TestLog('log.test/pilkada', 1);
    const state = join(dir, 'state');
    const serve = saksi([
      'witness',
      'serve',
      '--port',
      '0',
      '--key',
      keyFile,
      '--log-vkey',
      log.vkey,
      '--state',
      state,
    ]);
    const [, address] = await waitFor(serve, /listening at (http:\/\/\S+)\n/);
    const res = await fetch(`${address}/add-checkpoint`, {
      method: 'POST',
      body: formatAddCheckpoint({ oldSize: 0, proof: [], checkpoint: log.checkpoint(5) }),
    });
    expect(res.status).toBe(200);
    expect(requireQuorum(crypto, parseNote(log.checkpoint(5) + (await res.text())), [key], 1)).toHaveLength(
      1,
    );
    expect(await (await fetch(`${address}/`)).text()).toContain(`vkey ${vkey}\n`);

    const exited = new Promise<number | null>((r) => serve.on('exit', r));
    serve.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('serve lists every configuration problem and exits 1', async () => {
    const result = await run(['witness', 'serve', '--port', 'x', '--log-vkey', 'nonsense']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('WITNESS_CONFIG_INVALID');
    expect(result.stderr).toContain('WITNESS_CONFIG_PORT');
    expect(result.stderr).toContain('WITNESS_CONFIG_KEY');
    expect(result.stderr).toContain('WITNESS_CONFIG_LOG_VKEY');
  });
});
