/**
 * Start-up recovery. The durable truth is the state file (tree size and root),
 * written only after every tile of that size was fsync'd. On open we rebuild
 * the in-memory tree from the level-0 hash tiles, check that its root equals
 * the recorded one, reload the incomplete entry bundle, and delete files a
 * crash left beyond the recorded size (never published, never acknowledged).
 */
import { SaksiError, msg } from '../core/errors/index.js';
import type { LogHasher } from '../core/log/crypto.js';
import { parseEntryBundle } from '../core/log/entry-bundle.js';
import { hashesAtTileLevel, parseHashTile, parseTilePath, TILE_WIDTH, tilePath } from '../core/log/tiles.js';
import { HashLevels } from './hash-levels.js';
import type { TileStorage } from './tile-storage.js';

export const STATE_PATH = 'tree-state';
const STATE_HEADER = 'saksi-log-state/v1';

export function encodeState(size: number, root: Uint8Array): Uint8Array {
  return new TextEncoder().encode(`${STATE_HEADER}\n${size}\n${Buffer.from(root).toString('base64')}\n`);
}

function decodeState(bytes: Uint8Array): { size: number; root: Buffer } {
  const [header, sizeText, rootText] = new TextDecoder().decode(bytes).split('\n');
  const size = Number(sizeText);
  const root = Buffer.from(rootText ?? '', 'base64');
  if (header !== STATE_HEADER || !Number.isSafeInteger(size) || size < 0 || root.length !== 32)
    throw corrupt('state file unreadable');
  return { size, root };
}

export async function recoverTree(
  storage: TileStorage,
  state: TileStorage,
  hasher: LogHasher,
): Promise<{ tree: HashLevels; tail: Uint8Array[] }> {
  const raw = await state.get(STATE_PATH);
  const { size, root } =
    raw === undefined ? { size: 0, root: Buffer.from(hasher.sha256(new Uint8Array(0))) } : decodeState(raw);
  await removeDebris(storage, size);
  await storage.removeTemporary?.();
  await state.removeTemporary?.();
  const tree = new HashLevels(hasher);
  for (let i = 0; i * TILE_WIDTH < size; i++) {
    const width = Math.min(TILE_WIDTH, size - i * TILE_WIDTH);
    const bytes = await storage.get(tilePath({ kind: 'hash', level: 0, index: i, width }));
    if (bytes === undefined) throw corrupt(`level-0 tile ${i} (width ${width}) is missing`);
    for (const h of parseHashTile(bytes, width)) tree.append(h);
  }
  if (!Buffer.from(tree.root()).equals(root))
    throw corrupt(`the tiles' root does not match the recorded root at size ${size}`);
  const tailWidth = size % TILE_WIDTH;
  let tail: Uint8Array[] = [];
  if (tailWidth > 0) {
    const index = Math.floor(size / TILE_WIDTH);
    const bytes = await storage.get(tilePath({ kind: 'entries', level: 0, index, width: tailWidth }));
    if (bytes === undefined) throw corrupt(`entry bundle ${index} (width ${tailWidth}) is missing`);
    tail = parseEntryBundle(bytes, tailWidth);
  }
  return { tree, tail };
}

/** Delete tiles and bundles that reach beyond the durable size (left by an interrupted batch). */
export async function removeDebris(storage: TileStorage, size: number): Promise<number> {
  let removed = 0;
  for (const path of await storage.list('tile/')) {
    let beyond: boolean;
    try {
      const t = parseTilePath(path);
      const available = t.kind === 'entries' ? size : hashesAtTileLevel(t.level, size);
      beyond = t.index * TILE_WIDTH + t.width > available;
    } catch {
      continue; // not a tile path: leave it alone
    }
    if (beyond) {
      await storage.remove(path);
      removed++;
    }
  }
  return removed;
}

function corrupt(detail: string): SaksiError {
  return new SaksiError(
    'LOG_STATE_CORRUPT',
    msg(`Berkas log tidak konsisten: ${detail}.`, `The log files are inconsistent: ${detail}.`),
  );
}
