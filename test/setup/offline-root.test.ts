/**
 * The election root kept offline (issue 14): `saksi init --root-vkey`
 * pins a root whose private key never reaches the data directory; the
 * genesis travels as a request file, is signed elsewhere (`saksi root
 * sign`) and comes back (`saksi log submit`). A tampered or foreign
 * statement is refused with its code and the log is unchanged.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeCrypto } from '../../src/crypto/node.js';
import { loadOrCreateKey } from '../../src/log/key-file.js';
import { startServer } from '../../src/app/start.js';
import { loadConfig } from '../../src/config/index.js';
import { unwitnessedConfig } from '../../src/services/setup/testing.js';
import { runSaksi } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'saksi-offline-root-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = join(dir, 'data');
const paslon = join(dir, 'pkwkk.json');
const dd = ['--data-dir', data];

/** A one-contest candidate file in KPU's shape (Kota Batu's three pairs). */
writeFileSync(
  paslon,
  JSON.stringify({
    '3579': {
      '1000806': { ts: '2024-11-21 21:55:15', nama: 'NURUL - HERU', warna: '#B67352', nomor_urut: 1 },
      '1000807': { ts: '2024-11-21 21:55:15', nama: 'FIRHANDO - RUDI', warna: '#8CB9BD', nomor_urut: 2 },
      '1000808': {
        ts: '2024-11-21 21:55:15',
        nama: 'KRISDAYANTI - KAWENDRA',
        warna: '#C7B7A3',
        nomor_urut: 3,
      },
    },
  }),
);

describe('an offline election root', () => {
  it('signs the genesis elsewhere; the data directory never holds the root key', async () => {
    const root = await loadOrCreateKey(nodeCrypto, join(dir, 'offline', 'root.key'), 'kpu-batu.example/root');
    const init = await runSaksi([
      'init',
      ...dd,
      '--origin',
      'saksi.kpu-batu.example/pilkada2024',
      '--public-url',
      'https://saksi.kpu-batu.example',
      '--root-vkey',
      root.vkey,
    ]);
    expect(init.exitCode, init.err).toBeUndefined();
    expect(existsSync(join(data, 'keys', 'root.key'))).toBe(false);
    expect(readFileSync(join(data, 'policy.txt'), 'utf8')).toContain(`root ${root.vkey}\n`);
    for (const args of [
      [
        'election',
        'create',
        ...dd,
        '--id',
        'pilkada2024',
        '--kind',
        'pilkada',
        '--name',
        'Pilkada 2024',
        '--voting-day',
        '2024-11-27',
      ],
      ['import', 'sirekap-paslon', ...dd, '--election', 'pilkada2024', paslon],
    ]) {
      const r = await runSaksi(args);
      expect(r.exitCode, r.err).toBeUndefined();
    }
    const genesis = await runSaksi(['election', 'genesis', ...dd, '--election', 'pilkada2024']);
    expect(genesis.exitCode, genesis.err).toBeUndefined();
    const request = join(data, 'genesis.request.json');
    expect(genesis.out).toContain(`genesis request (1 statements) written to ${request}`);

    const signedFile = join(dir, 'genesis.signed.json');
    const sign = await runSaksi([
      'root',
      'sign',
      request,
      '--key',
      join(dir, 'offline', 'root.key'),
      '--out',
      signedFile,
    ]);
    expect(sign.exitCode, sign.err).toBeUndefined();
    expect(sign.out).toContain('1 statements (election.genesis) signed by kpu-batu.example/root');

    // A statement signed by some other key is refused, and nothing is appended.
    await loadOrCreateKey(nodeCrypto, join(dir, 'stranger.key'), 'stranger.example/root');
    const forged = join(dir, 'forged.signed.json');
    expect(
      (await runSaksi(['root', 'sign', request, '--key', join(dir, 'stranger.key'), '--out', forged]))
        .exitCode,
    ).toBeUndefined();
    const refused = await runSaksi(['log', 'submit', ...dd, forged]);
    expect(refused.exitCode).toBe(1);
    expect(refused.out).toMatch(/forged\.signed\.json:1: refused GENESIS_NOT_ROOT/);

    const submit = await runSaksi(['log', 'submit', ...dd, signedFile]);
    expect(submit.exitCode, submit.out + submit.err).toBeUndefined();
    expect(submit.out).toContain('accepted election.genesis at index 0');
    const again = await runSaksi(['log', 'submit', ...dd, signedFile]);
    expect(again.out).toContain('duplicate election.genesis at index 0');
  }, 120_000);

  it('refuses a request file that is not one, naming the file', async () => {
    const bad = join(dir, 'bad.request.json');
    writeFileSync(bad, JSON.stringify({ type: 'election.genesis', body: {} }));
    const r = await runSaksi(['root', 'sign', bad, '--key', join(dir, 'offline', 'root.key')]);
    expect(r.exitCode).toBe(1);
    expect(r.err).toContain('STATEMENT_REQUEST_INVALID');
    expect(existsSync(join(dir, 'bad.signed.json'))).toBe(false);
  });

  it('changes the policy only as told, refusing what would make it invalid', async () => {
    const w = await runSaksi(['policy', 'set-quorum', ...dd, '1']);
    expect(w.exitCode).toBe(1);
    expect(w.err).toContain('POLICY_QUORUM_INVALID');
    const before = readFileSync(join(data, 'policy.txt'), 'utf8');
    const badKey = await runSaksi([
      'policy',
      'add-witness',
      ...dd,
      'kawal',
      'https://w.example',
      'not-a-key',
    ]);
    expect(badKey.err).toContain('POLICY_WITNESS_VKEY_INVALID');
    const unknown = await runSaksi(['policy', 'remove-witness', ...dd, 'nobody']);
    expect(unknown.err).toContain('POLICY_WITNESS_UNKNOWN');
    expect(readFileSync(join(data, 'policy.txt'), 'utf8')).toBe(before);
  });

  it('serves only with a quorum of 0 acknowledged, and verify then warns about it', async () => {
    await expect(
      startServer(loadConfig({}, { dataDir: data, port: 0, logLevel: 'silent' })),
    ).rejects.toMatchObject({
      code: 'POLICY_QUORUM_ZERO',
    });
    const server = await startServer(unwitnessedConfig(data));
    await server.logService.log.publisher.waitFor(server.logService.log.size, 10_000);
    await server.close();
    const r = await runSaksi(['verify', '--log', join(data, 'log'), '--policy', join(data, 'policy.txt')]);
    expect(r.exitCode, r.err).toBeUndefined();
    expect(r.err).toContain('WARNING: the policy asks for no witness cosignature (quorum 0)');
  });
});
