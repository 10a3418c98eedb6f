/**
 * Tile path maths for c2sp.org/tlog-tiles: the log's Merkle tree published
 * as static "tiles" of 256 consecutive hashes (tile height 8), at
 *
 *   tile/<L>/<N>[.p/<W>]        hashes at tree level 8·L
 *   tile/entries/<N>[.p/<W>]    entry bundles (see entry-bundle.ts)
 *
 * <N> is zero-padded 3-digit path elements, all but the last prefixed "x"
 * (1234067 → x001/x234/067); `.p/<W>` marks a partial tile of width W
 * (1..255). Tile n at level l holds MTH(D[(n·256 + i)·256^l : (n·256 + i + 1)·256^l])
 * for i in 0..255 (tlog-tiles "Merkle Tree").
 */
import { msg } from '../errors/index.js';
import type { LogHasher } from './crypto.js';
import { isSafeNonNegativeInteger } from './encoding.js';
import { logError } from './errors.js';
import { HASH_SIZE, rootFromLeafHashes } from './hash.js';
import type { NodeId } from './proof.js';

export const TILE_HEIGHT = 8;
/** Hashes (or entries) in a full tile: 2^TILE_HEIGHT. */
export const TILE_WIDTH = 256;
/** "<L> ... MUST be a decimal ASCII integer between 0 and 63." */
export const MAX_TILE_LEVEL = 63;

/** A hash tile (`kind: 'hash'`) or an entry bundle (`kind: 'entries'`, level 0). */
export interface TileRef {
  readonly kind: 'hash' | 'entries';
  readonly level: number;
  readonly index: number;
  /** 1..256; below 256 the tile is partial. */
  readonly width: number;
}

/** 1234067 → "x001/x234/067". */
export function formatTileIndex(index: number): string {
  if (!isSafeNonNegativeInteger(index)) throw logError('LOG_TILE_PATH_INVALID', { field: 'index' });
  const groups: string[] = [];
  let n = index;
  do {
    groups.unshift(String(n % 1000).padStart(3, '0'));
    n = Math.floor(n / 1000);
  } while (n > 0);
  return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
}

/** The path of a tile or entry bundle, relative to the log prefix. */
export function tilePath(tile: TileRef): string {
  const { kind, level, index, width } = tile;
  if (!Number.isInteger(width) || width < 1 || width > TILE_WIDTH) {
    throw logError('LOG_TILE_PATH_INVALID', { field: 'width' });
  }
  if (
    !Number.isInteger(level) ||
    level < 0 ||
    level > MAX_TILE_LEVEL ||
    (kind === 'entries' && level !== 0)
  ) {
    throw logError('LOG_TILE_PATH_INVALID', { field: 'level' });
  }
  const partial = width < TILE_WIDTH ? `.p/${width}` : '';
  return `tile/${kind === 'entries' ? 'entries' : level}/${formatTileIndex(index)}${partial}`;
}

/** Parses a tile path strictly: canonical <N> (no superfluous x000 groups), no leading zeroes in L or W. */
export function parseTilePath(attackerControlledPath: string): TileRef {
  const invalid = () => logError('LOG_TILE_PATH_INVALID', { field: 'path' });
  const match =
    /^tile\/(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/){0,5}[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/.exec(
      attackerControlledPath,
    );
  if (match === null) throw invalid();
  const [, levelText, indexText, widthText] = match;
  const groups = indexText!.split('/').map((g) => g.replace('x', ''));
  if (groups.length > 1 && groups[0] === '000') throw invalid();
  const index = Number(groups.join(''));
  const level = levelText === 'entries' ? 0 : Number(levelText);
  const width = widthText === undefined ? TILE_WIDTH : Number(widthText);
  if (
    !Number.isSafeInteger(index) ||
    level > MAX_TILE_LEVEL ||
    (widthText !== undefined && width >= TILE_WIDTH)
  ) {
    throw invalid();
  }
  return { kind: levelText === 'entries' ? 'entries' : 'hash', level, index, width };
}

/** Hashes stored at tile level `level` for a tree of `size` leaves: floor(size / 256^level). */
export function hashesAtTileLevel(level: number, size: number): number {
  return Math.floor(size / TILE_WIDTH ** level);
}

/**
 * Every hash tile of a tree of `size` leaves, full and partial (tlog-tiles
 * "Partial Tiles": the partial tile at level l has floor(s / 256^l) mod 256
 * entries). E.g. size 70,000 → 273 full + one 112-wide level-0 tile, one full
 * + one 17-wide level-1 tile, one 1-wide level-2 tile.
 */
export function treeTiles(size: number): TileRef[] {
  return tilesBetween(0, size, 'hash');
}

/** Hash tiles and entry bundles that change when the tree grows from `oldSize` to `newSize`. */
export function tilesToPublish(oldSize: number, newSize: number): TileRef[] {
  return [...tilesBetween(oldSize, newSize, 'entries'), ...tilesBetween(oldSize, newSize, 'hash')];
}

function tilesBetween(oldSize: number, newSize: number, kind: TileRef['kind']): TileRef[] {
  if (!isSafeNonNegativeInteger(oldSize) || !isSafeNonNegativeInteger(newSize) || oldSize > newSize) {
    throw logError('LOG_TREE_SIZE_INVALID', { field: 'size' });
  }
  const tiles: TileRef[] = [];
  for (let level = 0; hashesAtTileLevel(level, newSize) > 0; level++) {
    if (kind === 'entries' && level > 0) break;
    const [before, after] = [hashesAtTileLevel(level, oldSize), hashesAtTileLevel(level, newSize)];
    if (after === before) continue;
    for (let index = Math.floor(before / TILE_WIDTH); index * TILE_WIDTH < after; index++) {
      tiles.push({ kind, level, index, width: Math.min(TILE_WIDTH, after - index * TILE_WIDTH) });
    }
  }
  return tiles;
}

/** Where a complete subtree's hash is found: `count` hashes from `offset` in one tile, folded. */
export interface NodeTileSpan {
  readonly tile: TileRef;
  readonly offset: number;
  readonly count: number;
}

/**
 * The tile holding the hashes below node (level, index): tile level
 * floor(level / 8), and 2^(level mod 8) consecutive hashes there. With
 * `treeSize`, the tile's width is the one published for that size.
 */
export function tileForNode(node: NodeId, treeSize?: number): NodeTileSpan {
  const tileLevel = Math.floor(node.level / TILE_HEIGHT);
  const count = 2 ** (node.level - tileLevel * TILE_HEIGHT);
  const first = node.index * count; // index of the first hash at tree level 8·tileLevel
  const tileIndex = Math.floor(first / TILE_WIDTH);
  const available =
    treeSize === undefined ? TILE_WIDTH : hashesAtTileLevel(tileLevel, treeSize) - tileIndex * TILE_WIDTH;
  if (available < (first % TILE_WIDTH) + count)
    throw logError('LOG_TILE_UNAVAILABLE', { field: 'node', detail: NOT_IN_TREE });
  return {
    tile: { kind: 'hash', level: tileLevel, index: tileIndex, width: Math.min(TILE_WIDTH, available) },
    offset: first % TILE_WIDTH,
    count,
  };
}

/** The hashes of a tile of the given width: exactly width × 32 bytes. */
export function parseHashTile(attackerControlledTile: Uint8Array, width: number): Uint8Array[] {
  if (attackerControlledTile.length !== width * HASH_SIZE)
    throw logError('LOG_TILE_INVALID', { field: 'tile' });
  return Array.from({ length: width }, (_, i) =>
    attackerControlledTile.slice(i * HASH_SIZE, (i + 1) * HASH_SIZE),
  );
}

/** Reads a hash tile (concatenated hashes, full or partial) by its tile level and index. */
export type TileReader = (tileLevel: number, tileIndex: number) => Uint8Array;

/** The hash of complete subtree `node`, computed from the tile that covers it. */
export function nodeHashFromTiles(hasher: LogHasher, node: NodeId, readTile: TileReader): Uint8Array {
  const { tile, offset, count } = tileForNode(node);
  const bytes = readTile(tile.level, tile.index);
  if (bytes.length % HASH_SIZE !== 0 || bytes.length / HASH_SIZE > TILE_WIDTH) {
    throw logError('LOG_TILE_INVALID', { field: 'tile' });
  }
  if (bytes.length < (offset + count) * HASH_SIZE) throw logError('LOG_TILE_UNAVAILABLE', { field: 'tile' });
  const hashes = parseHashTile(bytes, bytes.length / HASH_SIZE).slice(offset, offset + count);
  return count === 1 ? hashes[0]! : rootFromLeafHashes(hasher, hashes);
}

const NOT_IN_TREE = msg('simpul di luar pohon', 'node outside the tree');
