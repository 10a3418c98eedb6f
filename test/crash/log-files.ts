/**
 * The published log's structure, checked from its files alone (the tlog-tiles
 * part of what `verifyLog` checks, for logs whose entries are not statement
 * envelopes): every entry bundle against its level-0 hash tile, every hash
 * tile against the tree rebuilt from the entries, and the root.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LogHasher } from '../../src/core/log/crypto.js';
import { encodeEntryBundle, parseEntryBundle } from '../../src/core/log/entry-bundle.js';
import { hashLeaf, rootFromLeafHashes } from '../../src/core/log/hash.js';
import { parseHashTile, parseTilePath, TILE_WIDTH, tilePath, treeTiles } from '../../src/core/log/tiles.js';
import type { TileRef } from '../../src/core/log/tiles.js';
import type { LogSource } from '../../src/core/verify/index.js';

export interface RebuiltLog {
  readonly size: number;
  readonly entries: readonly Uint8Array[];
  readonly leafHashes: readonly Uint8Array[];
  /** Hashes at tree level 8·l, for each tile level l. */
  readonly levels: readonly (readonly Uint8Array[])[];
  readonly root: Uint8Array;
}

/**
 * Reads the `size` entries through `source` and checks every tile a tree of
 * that size publishes (tlog-tiles): throws naming the first file that differs.
 */
export async function rebuildLog(source: LogSource, hasher: LogHasher, size: number): Promise<RebuiltLog> {
  const entries: Uint8Array[] = [];
  for (let n = 0; n * TILE_WIDTH < size; n++) {
    const ref: TileRef = {
      kind: 'entries',
      level: 0,
      index: n,
      width: Math.min(TILE_WIDTH, size - n * TILE_WIDTH),
    };
    entries.push(...parseEntryBundle(await read(source, ref), ref.width));
  }
  const leafHashes = entries.map((e) => hashLeaf(hasher, e));
  const levels = tileLevels(hasher, leafHashes);
  const log = { size, entries, leafHashes, levels, root: rootFromLeafHashes(hasher, leafHashes) };
  for (const tile of treeTiles(size)) {
    const published = parseHashTile(await read(source, tile), tile.width);
    const expected = expectedHashes(log, tile);
    const bad = published.findIndex((h, i) => !equal(h, expected[i]!));
    if (bad >= 0)
      throw new Error(`${tilePath(tile)}: hash #${bad} differs from the tree rebuilt from the entries`);
  }
  return log;
}

/**
 * The bytes a tile file MUST hold, for any tile path at or below the tree's
 * size — also the older partial tiles a growing log leaves behind. Throws
 * for a file beyond the tree (debris a recovery should have removed).
 */
export function expectedFile(log: RebuiltLog, path: string): Uint8Array {
  const tile = parseTilePath(path);
  const first = tile.index * TILE_WIDTH;
  if (tile.kind === 'entries') {
    if (first + tile.width > log.size) throw new Error(`${path} reaches beyond the tree (size ${log.size})`);
    return encodeEntryBundle(log.entries.slice(first, first + tile.width));
  }
  return Buffer.concat(expectedHashes(log, tile));
}

/** Every tile file under `<dir>/tile`, relative to `dir`; `.tmp-` files apart (unfinished writes). */
export function listTileFiles(dir: string): { tiles: string[]; tmp: string[] } {
  let all: string[];
  try {
    all = readdirSync(join(dir, 'tile'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { tiles: [], tmp: [] };
    throw e;
  }
  return { tiles: all.filter((p) => !p.includes('.tmp-')), tmp: all.filter((p) => p.includes('.tmp-')) };
}

/** Tiles that reach beyond a tree of `size` (what recovery deletes). */
export function beyond(paths: readonly string[], size: number): string[] {
  return paths.filter((p) => {
    const t = parseTilePath(p);
    const available = Math.floor(size / TILE_WIDTH ** (t.kind === 'entries' ? 0 : t.level));
    return t.index * TILE_WIDTH + t.width > available;
  });
}

function expectedHashes(log: RebuiltLog, tile: TileRef): Uint8Array[] {
  const level = log.levels[tile.level] ?? [];
  const first = tile.index * TILE_WIDTH;
  if (first + tile.width > level.length)
    throw new Error(`${tilePath(tile)} reaches beyond the tree (size ${log.size})`);
  return level.slice(first, first + tile.width);
}

/** levels[l][i] = MTH of the 256^l leaves from i·256^l (tlog-tiles "Merkle Tree"). */
function tileLevels(hasher: LogHasher, leafHashes: readonly Uint8Array[]): Uint8Array[][] {
  const levels: Uint8Array[][] = [[...leafHashes]];
  for (;;) {
    const below = levels[levels.length - 1]!;
    if (below.length < TILE_WIDTH) return levels;
    const up: Uint8Array[] = [];
    for (let i = 0; i + TILE_WIDTH <= below.length; i += TILE_WIDTH)
      up.push(rootFromLeafHashes(hasher, below.slice(i, i + TILE_WIDTH)));
    levels.push(up);
  }
}

async function read(source: LogSource, tile: TileRef): Promise<Uint8Array> {
  const bytes = await source(tilePath(tile));
  if (bytes === undefined) throw new Error(`${tilePath(tile)} is missing`);
  return bytes;
}

export function equal(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}
