/**
 * The independent verifier (what `saksi verify` runs). From nothing but the
 * published files and a trust policy it checks, in order:
 *
 *  1. the checkpoint: signed by the policy's log key, cosigned by a quorum
 *     of the policy's witnesses;
 *  2. every entry bundle against the level-0 hash tiles, and every hash tile
 *     against the tree rebuilt from the entries; the rebuilt root against the
 *     checkpoint's root;
 *  3. with `since` (an older checkpoint the user kept): that the log grew
 *     from it, i.e. its root is the root of the first `since.size` entries;
 *  4. every entry's envelope, its signer's authority (keys registered in the
 *     log under the policy's root key) and signature, replayed through the
 *     same handlers the server uses, which recompute every tally.
 *
 * It stops at the first failure and names the entry index and the reason.
 * Pure: the file source and the batch signature check are injected.
 */
import { SaksiError } from '../errors/index.js';
import { openCheckpoint } from '../log/checkpoint.js';
import { parseEntryBundle } from '../log/entry-bundle.js';
import { bytesEqual } from '../log/encoding.js';
import { hashLeaf, rootFromLeafHashes } from '../log/hash.js';
import { ed25519NoteVerifier } from '../log/note-key.js';
import { requireQuorum } from '../log/cosignature.js';
import { parseHashTile, TILE_WIDTH, tilePath, treeTiles } from '../log/tiles.js';
import type { EntryPreparer } from '../statements/prepared.js';
import { asFailure, verifyFailure } from './failure.js';
import type { VerifyOptions, VerifyReport } from './options.js';
import { Replayer } from './replayer.js';

export type { BatchVerifier, LogSource, VerifyOptions, VerifyReport } from './options.js';

export async function verifyLog(o: VerifyOptions): Promise<VerifyReport> {
  let size = 0;
  let witnesses = 0;
  let origin: string | undefined;
  try {
    const cp = await checkCheckpoint(o);
    ({ size, witnesses, origin } = cp);
    const replayer = new Replayer(o);
    const leafHashes: Uint8Array[] = [];
    if (o.prepare === undefined) {
      for (let n = 0; n * TILE_WIDTH < size; n++) {
        let entries: Uint8Array[];
        let hashes: Uint8Array[];
        try {
          entries = await readBundle(o, n, Math.min(TILE_WIDTH, size - n * TILE_WIDTH));
          hashes = entries.map((e) => hashLeaf(o.crypto, e));
          await checkLevel0Tile(o, n, hashes);
        } catch (e) {
          await replayer.flush(); // a bad signature earlier in the log is the first failure
          throw e;
        }
        leafHashes.push(...hashes);
        await replayer.push(entries, hashes, n * TILE_WIDTH);
        o.onProgress?.(leafHashes.length, size);
      }
      await replayer.flush();
    } else {
      await replayPrepared(o, o.prepare, replayer, size, leafHashes);
    }
    await checkUpperTiles(o, size, leafHashes);
    if (!bytesEqual(rootFromLeafHashes(o.crypto, leafHashes), cp.rootHash)) {
      throw verifyFailure(
        'VERIFY_ROOT_MISMATCH',
        undefined,
        'akar pohon dari entri tidak sama dengan checkpoint',
        "the tree rebuilt from the entries does not match the checkpoint's root",
      );
    }
    if (o.since !== undefined) checkSince(o, o.since, size, leafHashes);
    return { ok: true, size, origin, witnesses, ledger: replayer.ledger };
  } catch (e) {
    return { ok: false, size, ...(origin === undefined ? {} : { origin }), witnesses, failure: asFailure(e) };
  }
}

/** Bundles prepared per group, one group ahead of the replay. */
const GROUP_TILES = 16;

interface PreparedGroup {
  readonly first: number;
  readonly tiles: readonly Uint8Array[][];
  readonly prepared?: Awaited<ReturnType<EntryPreparer>>;
  /** Reading (or preparing) the tile after the last one failed: raised once the earlier ones are replayed. */
  readonly error?: unknown;
}

/**
 * The replay with `prepare`: groups of bundles are read and prepared (on
 * the workers) while the group before is replayed, in order, on this thread.
 */
async function replayPrepared(
  o: VerifyOptions,
  prepare: EntryPreparer,
  replayer: Replayer,
  size: number,
  leafHashes: Uint8Array[],
): Promise<void> {
  const tiles = Math.ceil(size / TILE_WIDTH);
  const keyOf = (keyId: string) => replayer.publicKeyOf(keyId);
  const start = async (first: number): Promise<PreparedGroup> => {
    const read: Uint8Array[][] = [];
    let error: unknown;
    for (let n = first; n < Math.min(tiles, first + GROUP_TILES) && error === undefined; n++) {
      try {
        read.push(await readBundle(o, n, Math.min(TILE_WIDTH, size - n * TILE_WIDTH)));
      } catch (e) {
        error = e;
      }
    }
    try {
      return { first, tiles: read, prepared: await prepare(read.flat(), keyOf), error };
    } catch (e) {
      return { first, tiles: [], error: e };
    }
  };
  let next: Promise<PreparedGroup> | null = tiles > 0 ? start(0) : null;
  while (next !== null) {
    const group: PreparedGroup = await next;
    const after = group.first + GROUP_TILES;
    next = group.error === undefined && after < tiles ? start(after) : null;
    let offset = 0;
    for (const [t, entries] of group.tiles.entries()) {
      const n = group.first + t;
      const p = group.prepared as Awaited<ReturnType<EntryPreparer>>;
      const hashes = entries.map((_, k) => p.hashes.subarray(32 * (offset + k), 32 * (offset + k) + 32));
      await checkLevel0Tile(o, n, hashes);
      leafHashes.push(...hashes);
      replayer.pushPrepared(entries, hashes, n * TILE_WIDTH, p, offset);
      offset += entries.length;
      o.onProgress?.(leafHashes.length, size);
    }
    if (group.error !== undefined) throw group.error;
  }
}

async function checkCheckpoint(o: VerifyOptions) {
  const bytes = await o.source('checkpoint');
  if (bytes === undefined)
    throw verifyFailure(
      'VERIFY_CHECKPOINT_MISSING',
      undefined,
      'checkpoint tidak ada',
      'the checkpoint is missing',
    );
  const { checkpoint, note } = wrap('VERIFY_CHECKPOINT_INVALID', () =>
    openCheckpoint(bytes, ed25519NoteVerifier(o.crypto, o.policy.log)),
  );
  const cosignatures = wrap('VERIFY_WITNESS_QUORUM', () =>
    requireQuorum(
      o.crypto,
      note,
      o.policy.witnesses.map((w) => w.key),
      o.policy.quorum,
    ),
  );
  return {
    size: checkpoint.size,
    rootHash: checkpoint.rootHash,
    origin: checkpoint.origin,
    witnesses: cosignatures.length,
  };
}

async function readBundle(o: VerifyOptions, n: number, width: number): Promise<Uint8Array[]> {
  const path = tilePath({ kind: 'entries', level: 0, index: n, width });
  const bytes = await o.source(path);
  if (bytes === undefined)
    throw verifyFailure(
      'VERIFY_BUNDLE_MISSING',
      n * TILE_WIDTH,
      `berkas ${path} tidak ada`,
      `${path} is missing`,
    );
  return wrap('VERIFY_BUNDLE_MALFORMED', () => parseEntryBundle(bytes, width), n * TILE_WIDTH);
}

/** Each entry must hash to its leaf hash in the level-0 tile: names the first entry that does not. */
async function checkLevel0Tile(o: VerifyOptions, n: number, hashes: readonly Uint8Array[]): Promise<void> {
  const published = await readTile(o, { kind: 'hash', level: 0, index: n, width: hashes.length });
  const bad = published.findIndex((h, i) => !bytesEqual(h, hashes[i] as Uint8Array));
  if (bad >= 0) {
    const index = n * TILE_WIDTH + bad;
    throw verifyFailure(
      'VERIFY_ENTRY_HASH_MISMATCH',
      index,
      `entri ${index} tidak cocok dengan hash daunnya di ubin level 0`,
      `entry ${index} does not match its leaf hash in the level-0 tile`,
    );
  }
}

/** Every hash tile above level 0 must equal the one rebuilt from the leaf hashes. */
async function checkUpperTiles(o: VerifyOptions, size: number, leafHashes: Uint8Array[]): Promise<void> {
  const levels: Uint8Array[][] = [leafHashes];
  for (const tile of treeTiles(size)) {
    if (tile.level === 0) continue;
    while (levels.length <= tile.level) {
      const below = levels[levels.length - 1] as Uint8Array[];
      const up: Uint8Array[] = [];
      for (let i = 0; i + TILE_WIDTH <= below.length; i += TILE_WIDTH)
        up.push(rootFromLeafHashes(o.crypto, below.slice(i, i + TILE_WIDTH)));
      levels.push(up);
    }
    const published = await readTile(o, tile);
    const expected = (levels[tile.level] as Uint8Array[]).slice(
      tile.index * TILE_WIDTH,
      tile.index * TILE_WIDTH + tile.width,
    );
    const bad = published.findIndex((h, i) => !bytesEqual(h, expected[i] as Uint8Array));
    if (bad >= 0) {
      const path = tilePath(tile);
      throw verifyFailure(
        'VERIFY_TILE_MISMATCH',
        undefined,
        `${path} hash ke-${bad} tidak sama dengan yang dihitung dari entri`,
        `${path} hash #${bad} differs from the one computed from the entries`,
      );
    }
  }
}

async function readTile(o: VerifyOptions, tile: Parameters<typeof tilePath>[0]): Promise<Uint8Array[]> {
  const path = tilePath(tile);
  const bytes = await o.source(path);
  if (bytes === undefined)
    throw verifyFailure(
      'VERIFY_TILE_MISSING',
      undefined,
      `ubin ${path} tidak ada`,
      `tile ${path} is missing`,
    );
  return wrap('VERIFY_TILE_MALFORMED', () => parseHashTile(bytes, tile.width));
}

function checkSince(o: VerifyOptions, since: string, size: number, leafHashes: Uint8Array[]): void {
  const old = wrap('VERIFY_SINCE_INVALID', () =>
    openCheckpoint(since, ed25519NoteVerifier(o.crypto, o.policy.log)),
  ).checkpoint;
  if (old.size > size) {
    throw verifyFailure(
      'VERIFY_LOG_TRUNCATED',
      size,
      `log berukuran ${size}, lebih kecil dari checkpoint lama ${old.size}`,
      `the log has ${size} entries, fewer than the ${old.size} of your older checkpoint`,
    );
  }
  if (!bytesEqual(rootFromLeafHashes(o.crypto, leafHashes.slice(0, old.size)), old.rootHash)) {
    throw verifyFailure(
      'VERIFY_HISTORY_REWRITTEN',
      undefined,
      `isi ${old.size} entri pertama berubah sejak checkpoint lama`,
      `the first ${old.size} entries changed since your older checkpoint (consistency failure)`,
    );
  }
}

function wrap<T>(code: string, fn: () => T, index?: number): T {
  try {
    return fn();
  } catch (e) {
    const reason = e instanceof SaksiError ? e : null;
    throw verifyFailure(
      code,
      index,
      reason?.messages.id ?? String(e),
      reason?.messages.en ?? String(e),
      reason?.code,
    );
  }
}
