import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Sequencer } from './sequencer.js';
import { DiskTileStorage, MemoryTileStorage } from './tile-storage.js';
import { nodeCrypto } from '../crypto/node.js';
import { rootFromLeafHashes, hashLeaf } from '../core/log/hash.js';
import { parseEntryBundle } from '../core/log/entry-bundle.js';
import { tilePath } from '../core/log/tiles.js';

const enc = (s: string) => new TextEncoder().encode(s);
const entries = (n: number, tag = 'e') => Array.from({ length: n }, (_, i) => enc(`${tag}-${i}`));
const expectedRoot = (list: Uint8Array[]) =>
  rootFromLeafHashes(
    nodeCrypto,
    list.map((e) => hashLeaf(nodeCrypto, e)),
  );

function memory() {
  return { storage: new MemoryTileStorage(), state: new MemoryTileStorage(), hasher: nodeCrypto };
}

describe('Sequencer', () => {
  it('acknowledges entries in order with durable indices and the right root', async () => {
    const opts = memory();
    const seq = await Sequencer.open(opts);
    const list = entries(700);
    const acks = await Promise.all(list.map((e) => seq.add(e)));
    expect(acks.map((a) => a.index)).toEqual(list.map((_, i) => i));
    expect(seq.size).toBe(700);
    expect(Buffer.from(seq.tree.root())).toEqual(Buffer.from(expectedRoot(list)));
    // tlog-tiles layout: two full entry bundles and a partial one of 188
    const third = opts.storage.files.get(tilePath({ kind: 'entries', level: 0, index: 2, width: 188 }));
    expect(parseEntryBundle(third!, 188)[0]).toEqual(list[512]);
    expect(opts.storage.files.has('tile/0/001')).toBe(true);
    expect(opts.storage.files.has('tile/1/000.p/2')).toBe(true);
  });

  it('is idempotent: the same bytes twice are one entry, even within one batch', async () => {
    const seq = await Sequencer.open(memory());
    const [a, b] = await Promise.all([seq.add(enc('x')), seq.add(enc('x'))]);
    expect(a!.index).toBe(0);
    expect(b).toMatchObject({ index: 0, duplicate: true });
    expect((await seq.add(enc('x'))).duplicate).toBe(true);
    expect(seq.size).toBe(1);
  });

  it('refuses empty and oversize entries', async () => {
    const seq = await Sequencer.open(memory());
    await expect(seq.add(new Uint8Array(0))).rejects.toMatchObject({ code: 'LOG_ENTRY_SIZE_INVALID' });
    await expect(seq.add(new Uint8Array(65_536))).rejects.toMatchObject({ code: 'LOG_ENTRY_SIZE_INVALID' });
    expect((await seq.add(new Uint8Array(65_535))).index).toBe(0);
  });

  it('rejects a batch whose write fails, accepts nothing of it, and goes on', async () => {
    const opts = memory();
    const seq = await Sequencer.open(opts);
    await seq.add(enc('before'));
    opts.storage.failNext = 1;
    await expect(seq.add(enc('lost'))).rejects.toMatchObject({ code: 'LOG_WRITE_FAILED' });
    expect(seq.size).toBe(1);
    const after = await seq.add(enc('after'));
    expect(after.index).toBe(1);
    expect(Buffer.from(seq.tree.root())).toEqual(Buffer.from(expectedRoot([enc('before'), enc('after')])));
  });

  it('applies back-pressure past the queue bound', async () => {
    const seq = await Sequencer.open({ ...memory(), maxQueue: 10, maxBatch: 5 });
    const results = await Promise.allSettled(entries(40).map((e) => seq.add(e)));
    const busy = results.filter((r) => r.status === 'rejected');
    expect(busy.length).toBeGreaterThan(0);
    expect((busy[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'LOG_BUSY' });
    expect(seq.size).toBe(results.filter((r) => r.status === 'fulfilled').length);
  });

  describe('on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saksi-seq-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const open = () =>
      Sequencer.open({
        storage: new DiskTileStorage(join(dir, 'log')),
        state: new DiskTileStorage(join(dir, 'state')),
        hasher: nodeCrypto,
      });

    it('recovers the same tree after reopening and continues the partial bundle', async () => {
      const first = await open();
      const list = entries(300, 'disk');
      for (const e of list.slice(0, 150)) await first.add(e);
      await Promise.all(list.slice(150).map((e) => first.add(e)));
      await first.close();
      const second = await open();
      expect(second.size).toBe(300);
      expect((await second.add(list[5]!)).duplicate).toBe(true);
      await second.add(enc('more'));
      expect(Buffer.from(second.tree.root())).toEqual(Buffer.from(expectedRoot([...list, enc('more')])));
      await second.close();
    });

    it('removes debris a crash left beyond the recorded size, and half-written temporary files', async () => {
      const storage = new DiskTileStorage(join(dir, 'log'));
      await storage.put('tile/0/001.p/200', new Uint8Array(200 * 32));
      writeFileSync(join(dir, 'log', 'tile', '0', '001.p', '7.tmp-123-4'), 'half');
      const s = await open();
      expect(await storage.get('tile/0/001.p/200')).toBeUndefined();
      expect(existsSync(join(dir, 'log', 'tile', '0', '001.p', '7.tmp-123-4'))).toBe(false);
      expect(s.size).toBe(301);
      await s.close();
    });
  });
});
