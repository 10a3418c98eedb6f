/**
 * Crashes at chosen points of the write path, deterministically. The child
 * kills itself (SIGKILL) from inside a storage wrapper — the Sequencer has no
 * hook — at the 5th tree-state write, which is the batch that grows the tree
 * from 302 to 701 entries: it completes tile/0/001 and writes tile/0/002.p/189,
 * tile/1/000.p/2 and the entry bundles beside them.
 *
 * The plan: bulk appends of 1, 300 and 400 entries; each bulk is added in one
 * tick, so the Sequencer writes batches of 1 | 1, 299 | 1, 399 (sizes 1 | 2,
 * 301 | 302, 701): five state writes, sixteen tile writes.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashLeaf, rootFromLeafHashes } from '../../src/core/log/hash.js';
import { nodeCrypto } from '../../src/crypto/node.js';
import { directorySource } from '../../src/verify/sources.js';
import { appendBulk, killChild, startChild } from './harness.js';
import { beyond, equal, expectedFile, listTileFiles, rebuildLog } from './log-files.js';

const TOTAL = 701;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Entry i: 100–999 bytes derived from i, so every run writes the same log. */
function entry(i: number): Uint8Array {
  const seed = createHash('sha256').update(`saksi-crash-entry-${i}`).digest();
  return new Uint8Array(
    Buffer.concat(Array.from({ length: 32 }, () => seed)).subarray(0, 100 + ((i * 37) % 900)),
  );
}
const ENTRIES = Array.from({ length: TOTAL }, (_, i) => entry(i));
const rootOf = (n: number) =>
  hex(
    rootFromLeafHashes(
      nodeCrypto,
      ENTRIES.slice(0, n).map((e) => hashLeaf(nodeCrypto, e)),
    ),
  );

const CASES: { name: string; env: Record<string, string>; durable: number; debris?: string[] }[] = [
  {
    name: 'after the batch tiles, before the tree state',
    env: { SAKSI_CRASH_AT_STATE_WRITE: '5' },
    durable: 302,
    debris: [
      'tile/0/001',
      'tile/0/002.p/189',
      'tile/1/000.p/2',
      'tile/entries/001',
      'tile/entries/002.p/189',
    ],
  },
  {
    name: 'among the tile writes (after the first of five)',
    env: { SAKSI_CRASH_AFTER_TILE_WRITE: '12' },
    durable: 302,
    debris: undefined, // one or more of the five, whichever finished first
  },
  {
    name: 'after the tree state, before the acknowledgement',
    env: { SAKSI_CRASH_AFTER_STATE_WRITE: '5' },
    durable: 701,
    debris: [],
  },
];

describe.each(CASES)('a crash $name', ({ env, durable, debris }) => {
  const dir = mkdtempSync(join(tmpdir(), 'saksi-fault-'));
  const logDir = join(dir, 'log');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loses nothing acknowledged, leaves nothing unrecorded, and goes on', async () => {
    // 1. Run the plan until the child kills itself.
    const child = await startChild(dir, env);
    const acked = [
      ...(await appendBulk(child, ENTRIES.slice(0, 1))),
      ...(await appendBulk(child, ENTRIES.slice(1, 301))),
    ];
    await expect(appendBulk(child, ENTRIES.slice(301))).rejects.toThrow();
    expect(await child.exited).toBe('SIGKILL');
    expect(acked.map((a) => a.index)).toEqual(ENTRIES.slice(0, 301).map((_, i) => i));

    // 2. What the crash left: files beyond the durable size.
    const left = beyond(listTileFiles(logDir).tiles, durable).sort();
    if (debris === undefined) expect(left.length).toBeGreaterThan(0);
    else expect(left).toEqual(debris);

    // 3. Restart: the recovered tree is the durable one, the debris is gone, every file matches.
    const again = await startChild(dir);
    expect({ size: again.size, root: again.root }).toEqual({ size: durable, root: rootOf(durable) });
    const files = listTileFiles(logDir).tiles;
    expect(beyond(files, durable)).toEqual([]);
    const log = await rebuildLog(directorySource(logDir), nodeCrypto, durable);
    for (const path of files)
      expect(equal((await directorySource(logDir)(path))!, expectedFile(log, path)), path).toBe(true);
    for (const a of acked) expect(hex(log.leafHashes[a.index]!)).toBe(a.leafHash);

    // 4. Re-adding everything: the durable entries answer their index, the rest are appended after.
    const acks = await appendBulk(again, ENTRIES);
    expect(acks.map((a) => a.index)).toEqual(ENTRIES.map((_, i) => i));
    expect(acks.map((a) => a.duplicate)).toEqual(ENTRIES.map((_, i) => i < durable));
    await killChild(again);
    const final = await rebuildLog(directorySource(logDir), nodeCrypto, TOTAL);
    expect(hex(final.root)).toBe(rootOf(TOTAL));
  });
});
