import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../core/log/policy.js';
import { nodeCrypto } from '../../crypto/node.js';
import { generateWitnessKey } from '../../witness/index.js';
import { initDataDir } from './init.js';
import type { InitOptions } from './init.js';
import { unwitnessedConfig } from './testing.js';

const root = mkdtempSync(join(tmpdir(), 'saksi-init-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const dir = () => join(root, `d${n++}`);
const base: InitOptions = {
  origin: 'saksi.test/log',
  publicUrl: 'https://saksi.test/',
  newRoot: 'saksi.test/root',
};

describe('saksi init', () => {
  it('writes the keys owner-only, a public policy naming the URL, the root and the witnesses', async () => {
    const d = dir();
    const w = generateWitnessKey(nodeCrypto, 'witness.test/w1').key.vkey;
    const r = await initDataDir(unwitnessedConfig(d), {
      ...base,
      witnesses: [{ name: 'w1', url: 'https://w.test', vkey: w }],
    });
    expect(statSync(d).mode & 0o777).toBe(0o700);
    expect(statSync(join(d, 'keys')).mode & 0o777).toBe(0o700);
    for (const f of ['log.key', 'root.key']) expect(statSync(join(d, 'keys', f)).mode & 0o777).toBe(0o600);
    expect(statSync(join(d, 'policy.txt')).mode & 0o777).toBe(0o644);
    const policy = parsePolicy(nodeCrypto, readFileSync(join(d, 'policy.txt'), 'utf8'));
    expect(policy.logUrl).toBe('https://saksi.test/log/');
    expect(policy.log.name).toBe('saksi.test/log');
    expect(policy.root?.name).toBe('saksi.test/root');
    expect(policy.quorum).toBe(1);
    expect(r.rootKeyFile).toBe(join(d, 'keys', 'root.key'));
  });

  it('refuses bad options with a code naming the option, writing nothing', async () => {
    const cases: [Partial<InitOptions>, string][] = [
      [{ origin: 'not an origin' }, 'INIT_ORIGIN_INVALID'],
      [{ publicUrl: 'saksi.test' }, 'INIT_PUBLIC_URL_INVALID'],
      [{ rootVkey: 'x' }, 'INIT_ROOT_CHOICE'],
      [{ newRoot: undefined }, 'INIT_ROOT_CHOICE'],
      [{ newRoot: undefined, rootVkey: 'junk' }, 'INIT_ROOT_VKEY_INVALID'],
      [{ quorum: 1 }, 'POLICY_QUORUM_INVALID'],
    ];
    for (const [o, code] of cases) {
      const d = dir();
      const options = { ...base, ...o } as InitOptions;
      await expect(initDataDir(unwitnessedConfig(d), options), code).rejects.toMatchObject({ code });
      const left = (() => {
        try {
          return readdirSync(join(d, 'keys')).length + (readdirSync(d).includes('policy.txt') ? 1 : 0);
        } catch {
          return 0;
        }
      })();
      expect(left, code).toBe(0);
    }
  });

  it('refuses a directory with anything in it, overwriting nothing', async () => {
    const d = dir();
    mkdirSync(d);
    writeFileSync(join(d, 'notes.txt'), 'mine');
    await expect(initDataDir(unwitnessedConfig(d), base)).rejects.toMatchObject({
      code: 'INIT_DIR_IN_USE',
      field: 'dataDir',
    });
    expect(readdirSync(d)).toEqual(['notes.txt']);
  });
});
