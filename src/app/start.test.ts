/**
 * Start-up: the demo's data directory is never served as production
 * (issue 16 #1), a real one only as `saksi init` set it up, under its own
 * policy, never rewritten (issue 16 #4).
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.js';
import { KERAWANAN_ENTRY_KIND } from '../core/kerawanan/index.js';
import { startDemo } from '../demo/start.js';
import { initialisedDir, unwitnessedConfig } from '../services/setup/testing.js';
import { startServer } from './start.js';

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), 'saksi-start-'));
  dirs.push(d);
  return d;
};
const config = (dataDir: string, demo: boolean) =>
  loadConfig({}, { dataDir, port: 0, host: '127.0.0.1', demo, logLevel: 'silent' });
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('start-up', () => {
  it('refuses to serve a directory the demo has used without --demo, and serves it with --demo', async () => {
    const dir = fresh();
    const demo = await startDemo(config(dir, true));
    expect(demo.demoAccounts.credentials.length).toBeGreaterThan(0);
    // Kota Batu's vulnerability map is there on first start: every TPS assessed, some of them highly vulnerable.
    expect(demo.demoKerawanan).toEqual({ created: true, entries: 302 });
    const entries = await demo.store.records.of(KERAWANAN_ENTRY_KIND).list({ within: '3579', limit: 500 });
    expect(entries.length).toBe(302);
    expect(entries.filter((e) => e.band === 'high').length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.score === 0).length).toBeGreaterThan(0);
    await demo.close();
    await expect(startServer(config(dir, false))).rejects.toMatchObject({
      code: 'DEMO_DATA_REFUSED',
      field: 'dataDir',
    });
    const again = await startDemo(config(dir, true));
    expect(again.demoAccounts.created).toBe(false);
    expect(again.demoKerawanan.created).toBe(false);
    await again.close();
  }, 60_000);

  it('refuses a directory holding only the demo officers’ keys, and starts on a clean one', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'demo-keys.json'), '{"keys":[]}', { mode: 0o600 });
    await expect(startServer(config(dir, false))).rejects.toMatchObject({ code: 'DEMO_DATA_REFUSED' });
    const { dir: clean } = await initialisedDir();
    dirs.push(clean);
    const server = await startServer(unwitnessedConfig(clean));
    expect(server.reports.size).toBe(0);
    expect(server.ingest).not.toBeNull();
    await server.close();
  }, 60_000);

  it('refuses a directory `saksi init` has not set up, pointing to it', async () => {
    await expect(startServer(unwitnessedConfig(fresh()))).rejects.toMatchObject({
      code: 'DATA_DIR_NOT_INITIALISED',
      field: 'dataDir',
      message: expect.stringContaining('saksi init'),
    });
  });

  it('serves under the policy as written, and never rewrites it', async () => {
    const { dir } = await initialisedDir();
    dirs.push(dir);
    const before = readFileSync(join(dir, 'policy.txt'), 'utf8');
    const server = await startServer(unwitnessedConfig(dir));
    expect(server.logService.policyText).toBe(before);
    expect(server.logService.witnesses).toEqual([]);
    await server.close();
    expect(readFileSync(join(dir, 'policy.txt'), 'utf8')).toBe(before);
    expect(before).toContain('log saksi.test/log+');
    expect(before).toContain('http://127.0.0.1:8080/log/');
    expect(before).toContain('root saksi.test/root+');
  }, 60_000);

  it('refuses a quorum of 0 unless SAKSI_WITNESS_QUORUM=0 says so, and settings that contradict the policy', async () => {
    const { dir } = await initialisedDir();
    dirs.push(dir);
    await expect(startServer(config(dir, false))).rejects.toMatchObject({
      code: 'POLICY_QUORUM_ZERO',
      field: 'quorum',
    });
    await expect(
      startServer(unwitnessedConfig(dir, { logOrigin: 'other.example/log' })),
    ).rejects.toMatchObject({ code: 'POLICY_SETTINGS_CONFLICT', field: 'SAKSI_LOG_ORIGIN' });
    const other = (await initialisedDir()).init.rootVkey;
    await expect(startServer(unwitnessedConfig(dir, { rootVkey: other }))).rejects.toMatchObject({
      code: 'POLICY_SETTINGS_CONFLICT',
      field: 'SAKSI_ROOT_VKEY',
    });
  }, 60_000);

  it('creates the database owner-only and refuses private files others can read', async () => {
    const { dir } = await initialisedDir();
    dirs.push(dir);
    const config = (d: string, _demo: boolean) => unwitnessedConfig(d);
    const first = await startServer(config(dir, false));
    await first.close();
    const db = join(dir, 'saksi.db');
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keys')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'keys', 'log.key')).mode & 0o777).toBe(0o600);
    chmodSync(db, 0o644);
    mkdirSync(join(dir, 'evidence'), { mode: 0o755 });
    await expect(startServer(config(dir, false))).rejects.toMatchObject({
      code: 'DATA_FILES_TOO_OPEN',
      message: expect.stringContaining('saksi.db (644)'),
    });
    chmodSync(db, 0o600);
    chmodSync(join(dir, 'evidence'), 0o700);
    await (await startServer(config(dir, false))).close();
  }, 60_000);

  it('will not run the demo on a production configuration', async () => {
    await expect(startDemo(config(fresh(), false))).rejects.toThrow('demo: true');
  });
});
