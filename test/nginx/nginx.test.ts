/**
 * The log directory the Sequencer writes is servable as it is: Debian's nginx,
 * pointed at it with the read-path rules of ARCHITECTURE.md, hands back the
 * checkpoint, every tile and every entry bundle byte for byte, with the right
 * Content-Type and Cache-Control, and the tree rebuilt from what it served has
 * the checkpoint's root.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCheckpoint, signCheckpoint } from '../../src/core/log/checkpoint.js';
import {
  ed25519NoteSigner,
  ed25519NoteVerifier,
  formatVerifierKey,
  parseVerifierKey,
  SIGNATURE_TYPE_ED25519,
} from '../../src/core/log/note-key.js';
import { newSeed, nodeCrypto, nodeSigner } from '../../src/crypto/node.js';
import { Sequencer } from '../../src/log/sequencer.js';
import { DiskTileStorage } from '../../src/log/tile-storage.js';
import { httpSource } from '../../src/verify/sources.js';
import { equal, listTileFiles, rebuildLog } from '../crash/log-files.js';
import { describeWithNginx, startNginx } from './nginx.js';
import type { Nginx } from './nginx.js';

const ORIGIN = 'saksi.test/nginx';
/** Appended in waves, so older partial tiles stay on disk beside the full ones; 66,001 entries reach tile level 2. */
const WAVES = [1, 300, 65_500, 200];
const IMMUTABLE = 'public, max-age=604800, immutable';

/** A statement-like entry (JSON text compresses, as real entries do). */
const entry = (i: number) =>
  new TextEncoder().encode(
    JSON.stringify({
      v: 1,
      type: 'test.entry',
      body: { i, tps: `3273010001${i % 1000}`, votes: [i % 311, i % 97] },
    }),
  );

/** One raw GET offering gzip: status, headers and the body as sent. */
function rawGet(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((ok, fail) => {
    get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', fail);
    }).on('error', fail);
  });
}

describeWithNginx('nginx serves the log directory unchanged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saksi-nginx-log-'));
  const logDir = join(dir, 'log');
  let nginx: Nginx;
  let vkey = '';

  beforeAll(async () => {
    const seq = await Sequencer.open({
      storage: new DiskTileStorage(logDir),
      state: new DiskTileStorage(join(dir, 'state')),
      hasher: nodeCrypto,
    });
    let next = 0;
    for (const wave of WAVES) {
      await Promise.all(Array.from({ length: wave }, () => seq.add(entry(next++))));
    }
    const signer = nodeSigner(newSeed());
    vkey = formatVerifierKey(nodeCrypto, ORIGIN, SIGNATURE_TYPE_ED25519, signer.publicKey);
    const note = signCheckpoint(
      { origin: ORIGIN, size: seq.size, rootHash: seq.tree.root(), extensions: [] },
      [ed25519NoteSigner(nodeCrypto, ORIGIN, signer)],
    );
    await seq.close();
    writeFileSync(join(logDir, 'checkpoint'), note);
    writeFileSync(join(logDir, 'tile/0/000.tmp-1-1'), 'unfinished');
    nginx = await startNginx(logDir);
  }, 120_000);

  afterAll(async () => {
    await nginx?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the checkpoint as mutable UTF-8 text, and it opens with the log key', async () => {
    const served = await httpSource(nginx.base)('checkpoint');
    expect(Buffer.from(served!)).toEqual(readFileSync(join(logDir, 'checkpoint')));
    const { checkpoint } = openCheckpoint(
      served!,
      ed25519NoteVerifier(nodeCrypto, parseVerifierKey(nodeCrypto, vkey)),
    );
    expect(checkpoint.size).toBe(66_001);
    const raw = await rawGet(`${nginx.base}/checkpoint`);
    expect(raw.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(raw.headers['cache-control']).toBe('no-cache');
  });

  it('serves every tile and entry bundle byte for byte, immutable, bundles gzipped', async () => {
    const source = httpSource(nginx.base);
    const { tiles } = listTileFiles(logDir);
    expect(tiles.length).toBeGreaterThan(2 * 258);
    let gzipped = 0;
    for (const path of tiles) {
      const onDisk = readFileSync(join(logDir, path));
      expect(equal((await source(path))!, onDisk), path).toBe(true);
      const raw = await rawGet(`${nginx.base}/${path}`);
      expect([raw.status, raw.headers['content-type'], raw.headers['cache-control']], path).toEqual([
        200,
        'application/octet-stream',
        IMMUTABLE,
      ]);
      const isBundle = path.startsWith('tile/entries/');
      if (raw.headers['content-encoding'] === 'gzip') gzipped++;
      expect(raw.headers['content-encoding'] === undefined || isBundle, path).toBe(true);
      const body = raw.headers['content-encoding'] === 'gzip' ? gunzipSync(raw.body) : raw.body;
      expect(body.equals(onDisk), path).toBe(true);
    }
    expect(gzipped).toBeGreaterThan(250);
  });

  it("rebuilds, from what nginx served, the tree with the checkpoint's root", async () => {
    const source = httpSource(nginx.base);
    const { checkpoint } = openCheckpoint(
      (await source('checkpoint'))!,
      ed25519NoteVerifier(nodeCrypto, parseVerifierKey(nodeCrypto, vkey)),
    );
    const log = await rebuildLog(source, nodeCrypto, checkpoint.size);
    expect(Buffer.from(log.root).toString('hex')).toBe(Buffer.from(checkpoint.rootHash).toString('hex'));
  });

  it('answers 404 beyond the tree and for everything that is not the read path', async () => {
    const source = httpSource(nginx.base);
    expect(await source('tile/0/999')).toBeUndefined();
    expect(await source('tile/entries/x001/000')).toBeUndefined();
    for (const path of ['tile/0/000.tmp-1-1', 'tree-state', 'nginx.conf', '']) {
      expect((await rawGet(`${nginx.base}/${path}`)).status, path).toBe(404);
    }
  });
});
