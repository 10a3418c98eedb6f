import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCrypto } from '../../../test/support/node-crypto.js';
import { describeWithSharedData } from '../../../test/support/shared-data.js';
import { seededRng } from '../random/index.js';
import { concatBytes, encodeUtf8 } from './encoding.js';
import { inclusionProof, consistencyProof } from './proof.js';
import { MemoryTree } from './testdata/tree.js';
import type { TileRef } from './tiles.js';
import {
  formatTileIndex,
  nodeHashFromTiles,
  parseHashTile,
  parseTilePath,
  tileForNode,
  tilePath,
  tilesToPublish,
  treeTiles,
} from './tiles.js';

const code = (c: string) => expect.objectContaining({ code: c });

describeWithSharedData('tile path examples from /work/shared/data/vectors/signed-note.json', (dir) => {
  it('encodes tile indices', () => {
    const v = JSON.parse(readFileSync(join(dir, 'vectors/signed-note.json'), 'utf8')) as {
      tile_path_examples: Record<string, string>;
    };
    for (const [index, path] of Object.entries(v.tile_path_examples))
      expect(formatTileIndex(Number(index))).toBe(path);
  });
});

describe('tile paths (c2sp.org/tlog-tiles)', () => {
  it('encodes <N> in 3-digit groups, x-prefixed but the last', () => {
    expect(formatTileIndex(1234067)).toBe('x001/x234/067');
    expect(formatTileIndex(5)).toBe('005');
    expect(formatTileIndex(0)).toBe('000');
    expect(formatTileIndex(1000)).toBe('x001/000');
    expect(formatTileIndex(Number.MAX_SAFE_INTEGER)).toBe('x009/x007/x199/x254/x740/991');
  });

  it('formats and parses full and partial tiles and entry bundles', () => {
    const cases: [TileRef, string][] = [
      [{ kind: 'hash', level: 0, index: 1234067, width: 256 }, 'tile/0/x001/x234/067'],
      [{ kind: 'hash', level: 1, index: 1234067, width: 13 }, 'tile/1/x001/x234/067.p/13'],
      [{ kind: 'hash', level: 63, index: 0, width: 1 }, 'tile/63/000.p/1'],
      [{ kind: 'entries', level: 0, index: 5, width: 256 }, 'tile/entries/005'],
      [{ kind: 'entries', level: 0, index: 1234067, width: 255 }, 'tile/entries/x001/x234/067.p/255'],
    ];
    for (const [tile, path] of cases) {
      expect(tilePath(tile)).toBe(path);
      expect(parseTilePath(path)).toEqual(tile);
    }
  });

  it.each([
    'tile/0/x000/005',
    'tile/00/005',
    'tile/64/005',
    'tile/0/5',
    'tile/0/0005',
    'tile/0/x1234/005',
    'tile/0/005.p/256',
    'tile/0/005.p/0',
    'tile/0/005.p/07',
    'tile/0/005/',
    '/tile/0/005',
    'tile/entries/005.p/',
    'tile/x/005',
    'tile/0/x999/x999/x999/x999/x999/999',
  ])('rejects %s', (path) => {
    expect(() => parseTilePath(path)).toThrow(code('LOG_TILE_PATH_INVALID'));
  });
});

describe('tiles of a tree', () => {
  const summary = (tiles: TileRef[]) => tiles.map((t) => `${t.level}:${t.index}:${t.width}`);

  it('matches the examples of tlog-tiles "Partial Tiles"', () => {
    const tiles = treeTiles(70_000);
    expect(tiles.filter((t) => t.level === 0 && t.width === 256)).toHaveLength(273);
    expect(summary(tiles.filter((t) => t.width < 256 || t.level > 0))).toEqual([
      '0:273:112',
      '1:0:256',
      '1:1:17',
      '2:0:1',
    ]);
    expect(summary(treeTiles(256))).toEqual(['0:0:256', '1:0:1']);
    expect(treeTiles(0)).toEqual([]);
  });

  it('publishes exactly the tiles that are new or changed when the tree grows', () => {
    const rng = seededRng('tiles-to-publish');
    for (let t = 0; t < 300; t++) {
      const oldSize = rng.int(0, 200_000);
      const newSize = oldSize + (t % 3 === 0 ? rng.int(0, 300) : rng.int(0, 100_000));
      const before = new Set(summary(treeTiles(oldSize)));
      const changed = summary(treeTiles(newSize)).filter((s) => !before.has(s));
      const published = tilesToPublish(oldSize, newSize);
      expect(summary(published.filter((p) => p.kind === 'hash'))).toEqual(changed);
      expect(summary(published.filter((p) => p.kind === 'entries'))).toEqual(
        changed.filter((s) => s.startsWith('0:')),
      );
    }
  });
});

describe('node hashes from tiles', () => {
  const hasher = nodeCrypto;
  const size = 600; // two full level-0 tiles, a partial one of width 88, and a level-1 tile of width 2
  const tree = new MemoryTree(hasher);
  for (let i = 0; i < size; i++) tree.appendEntry(encodeUtf8(`entry ${i}`));
  const readTile = (level: number, index: number) =>
    concatBytes(...(tree.levels[8 * level] ?? []).slice(index * 256, (index + 1) * 256));

  it('computes every complete subtree hash', () => {
    tree.levels.forEach((row, level) => {
      row.forEach((hash, index) =>
        expect(nodeHashFromTiles(hasher, { level, index }, readTile)).toEqual(hash),
      );
    });
  });

  it('serves the same proofs as the full tree', () => {
    const fromTiles = (node: { level: number; index: number }) => nodeHashFromTiles(hasher, node, readTile);
    for (const [index, n] of [
      [0, 600],
      [599, 600],
      [300, 513],
      [255, 256],
      [256, 257],
    ] as const) {
      expect(inclusionProof(hasher, index, n, fromTiles)).toEqual(
        inclusionProof(hasher, index, n, tree.getNode),
      );
    }
    for (const [m, n] of [
      [1, 600],
      [256, 600],
      [511, 513],
      [100, 300],
    ] as const) {
      expect(consistencyProof(hasher, m, n, fromTiles)).toEqual(consistencyProof(hasher, m, n, tree.getNode));
    }
  });

  it('locates a node in its tile, with the width published for a tree size', () => {
    expect(tileForNode({ level: 3, index: 70 }, 600)).toEqual({
      tile: { kind: 'hash', level: 0, index: 2, width: 88 },
      offset: 48,
      count: 8,
    });
    expect(tileForNode({ level: 9, index: 0 }, 600).tile).toEqual({
      kind: 'hash',
      level: 1,
      index: 0,
      width: 2,
    });
    expect(() => tileForNode({ level: 4, index: 37 }, 600)).toThrow(code('LOG_TILE_UNAVAILABLE'));
  });

  it('parses tiles strictly', () => {
    expect(parseHashTile(new Uint8Array(64), 2)).toHaveLength(2);
    expect(() => parseHashTile(new Uint8Array(65), 2)).toThrow(code('LOG_TILE_INVALID'));
    expect(() => parseHashTile(new Uint8Array(32), 2)).toThrow(code('LOG_TILE_INVALID'));
    expect(() => nodeHashFromTiles(hasher, { level: 0, index: 5 }, () => new Uint8Array(33))).toThrow(
      code('LOG_TILE_INVALID'),
    );
    expect(() => nodeHashFromTiles(hasher, { level: 0, index: 5 }, () => new Uint8Array(64))).toThrow(
      code('LOG_TILE_UNAVAILABLE'),
    );
  });
});
