/**
 * kill -9 at random moments: an acknowledged entry is never lost or moved.
 *
 * A child process runs the Sequencer on disk (fsync on) behind HTTP and
 * answers each append only once it is durable. Concurrent writers append
 * distinct random entries (and retry the ones whose answer a kill swallowed);
 * the child is SIGKILLed at random moments, mostly mid-batch, and restarted on
 * the same directory, many times. Every acknowledgement is recorded; at the
 * end the files on disk must hold every acknowledged entry at its index, the
 * tree rebuilt from the entry bundles must equal the recovered tree and every
 * hash tile, and re-adding an acknowledged entry must answer its first index.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashLeaf } from '../../src/core/log/hash.js';
import { nodeCrypto } from '../../src/crypto/node.js';
import { Sequencer } from '../../src/log/sequencer.js';
import { DiskTileStorage } from '../../src/log/tile-storage.js';
import { directorySource } from '../../src/verify/sources.js';
import { append, killChild, startChild } from './harness.js';
import type { Child, WireAck } from './harness.js';
import { beyond, equal, expectedFile, listTileFiles, rebuildLog } from './log-files.js';

/** At least MIN_CYCLES kill/restart cycles; up to MAX_CYCLES while the time budget lasts. */
const MIN_CYCLES = 20;
const MAX_CYCLES = Number(process.env.SAKSI_CRASH_CYCLES ?? 40);
const BUDGET_MS = 45_000;
/** Enough acknowledged entries for the test to mean something; on a loaded machine the rounds go on until there are. */
const MIN_ACKS = 1000;
const HARD_CAP_MS = 120_000;
const MIN_ROUND_ACKS = 50;
const WRITERS = 16;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Every acknowledgement, checked as it arrives: one index per entry, one entry per index. */
class AckBook {
  readonly entries = new Map<string, Uint8Array>();
  readonly indexOf = new Map<string, number>();
  readonly leafAt = new Map<number, string>();
  readonly problems: string[] = [];
  acks = 0;
  duplicates = 0;

  record(entry: Uint8Array, ack: WireAck): void {
    const leaf = hex(hashLeaf(nodeCrypto, entry));
    this.acks++;
    if (ack.duplicate) this.duplicates++;
    if (ack.leafHash !== leaf) this.problems.push(`ack ${ack.index}: leaf hash ${ack.leafHash} ≠ ${leaf}`);
    const before = this.indexOf.get(leaf);
    if (before !== undefined && before !== ack.index)
      this.problems.push(`entry ${leaf} acknowledged at ${before} and at ${ack.index}`);
    const other = this.leafAt.get(ack.index);
    if (other !== undefined && other !== leaf)
      this.problems.push(`index ${ack.index} acknowledged for ${other} and for ${leaf}`);
    this.entries.set(leaf, entry);
    this.indexOf.set(leaf, ack.index);
    this.leafAt.set(ack.index, leaf);
  }

  /** Acknowledged indices a recovered tree of `size` no longer holds. */
  lostBelow(size: number): number {
    return [...this.leafAt.keys()].filter((i) => i >= size).length;
  }
}

const randomEntry = () => randomBytes(randomInt(1, 1500));

/** Appends until `stop.done`; an entry whose answer never came is kept to be retried later. */
async function writer(
  child: Child,
  book: AckBook,
  stop: { done: boolean; cut: number },
  unanswered: Uint8Array[],
): Promise<void> {
  while (!stop.done) {
    const entry = unanswered.length > 0 && Math.random() < 0.3 ? unanswered.pop()! : randomEntry();
    try {
      book.record(entry, await append(child, entry));
    } catch {
      unanswered.push(entry); // killed mid-request: durable or not, we cannot know
      stop.cut++;
    }
  }
}

describe('the sequencer under kill -9', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saksi-crash-'));
  const logDir = join(dir, 'log');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    `keeps every acknowledged entry through ${MIN_CYCLES}+ random SIGKILLs`,
    { timeout: 180_000 },
    async () => {
      const book = new AckBook();
      const unanswered: Uint8Array[] = [];
      const stats = { kills: 0, midBatch: 0, inFlightAtKill: 0, debrisRemoved: 0, maxLost: 0 };
      const started = Date.now();
      const elapsed = () => Date.now() - started;
      while (
        stats.kills < MIN_CYCLES ||
        (book.acks <= MIN_ACKS && elapsed() < HARD_CAP_MS) ||
        (stats.kills < MAX_CYCLES && elapsed() < BUDGET_MS)
      ) {
        const onDisk = listTileFiles(logDir).tiles;
        const child = await startChild(dir);
        const debris = beyond(onDisk, child.size).length;
        stats.debrisRemoved += debris;
        if (debris > 0) stats.midBatch++;
        stats.maxLost = Math.max(stats.maxLost, book.lostBelow(child.size));
        expect(listTileFiles(logDir).tiles.filter((p) => beyond([p], child.size).length > 0)).toEqual([]);

        const stop = { done: false, cut: 0 };
        const writers = Array.from({ length: WRITERS }, () => writer(child, book, stop, unanswered));
        // A random moment to kill at, but not before this round has had some acknowledged entries to lose
        // (on a loaded machine the child takes long to get going), up to 5 s.
        const before = book.acks;
        await new Promise((ok) => setTimeout(ok, randomInt(20, 500)));
        for (const until = Date.now() + 5_000; book.acks - before < MIN_ROUND_ACKS && Date.now() < until;)
          await new Promise((ok) => setTimeout(ok, 10));
        stop.done = true;
        await killChild(child);
        stats.kills++;
        await Promise.all(writers);
        stats.inFlightAtKill += stop.cut;
      }

      // Final recovery, in this process, on the same files.
      const seq = await Sequencer.open({
        storage: new DiskTileStorage(logDir),
        state: new DiskTileStorage(join(dir, 'state')),
        hasher: nodeCrypto,
      });
      stats.maxLost = Math.max(stats.maxLost, book.lostBelow(seq.size));
      const log = await rebuildLog(directorySource(logDir), nodeCrypto, seq.size);
      const { tiles, tmp } = listTileFiles(logDir);
      console.log(
        `crash test: ${stats.kills} kills (${stats.midBatch} left unfinished batch files, ` +
          `${stats.debrisRemoved} files removed by recovery), ${book.acks} acks ` +
          `(${book.duplicates} duplicates), ${stats.inFlightAtKill} requests cut by a kill, ` +
          `final size ${seq.size}, max acknowledged entries lost ${stats.maxLost}, ` +
          `${tiles.length} tile files, ${tmp.length} orphaned .tmp files`,
      );

      expect(book.problems).toEqual([]);
      expect(stats.kills).toBeGreaterThanOrEqual(20);
      expect(stats.maxLost).toBe(0);
      expect(book.acks).toBeGreaterThan(MIN_ACKS);
      expect(stats.midBatch).toBeGreaterThan(0); // the kills did land mid-batch
      // the tree rebuilt from the entry bundles is the recovered tree
      expect(hex(log.root)).toBe(hex(seq.tree.root()));
      // every acknowledged index holds the acknowledged entry, and its leaf hash in the level-0 tile
      for (const [index, leaf] of book.leafAt) {
        expect(hex(log.leafHashes[index]!)).toBe(leaf);
        expect(equal(log.entries[index]!, book.entries.get(leaf)!)).toBe(true);
      }
      // no entry twice: retried entries that were durable came back as duplicates
      expect(new Set(log.leafHashes.map(hex)).size).toBe(seq.size);
      // every tile file on disk (old partial tiles too) matches the rebuilt tree
      for (const path of tiles) {
        const bytes = await directorySource(logDir)(path);
        expect(equal(bytes!, expectedFile(log, path)), path).toBe(true);
      }
      // re-adding an acknowledged entry answers its original index
      for (const [leaf, entry] of book.entries) {
        const ack = await seq.add(entry);
        expect(ack).toMatchObject({ index: book.indexOf.get(leaf), duplicate: true });
      }
      await seq.close();
    },
  );
});
