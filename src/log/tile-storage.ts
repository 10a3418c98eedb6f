/**
 * Where the log's public files live. Guarantees (the sequencer relies on them):
 * - `put` MUST be durable (file and directory entry fsync'd) before it resolves,
 *   and atomic: a reader sees the old file or the whole new one, never a torn one;
 * - immutable paths (everything but `checkpoint` and internal state) are written
 *   once with given bytes; `put` of different bytes to an existing immutable path
 *   is a bug and MUST fail (except `overwriteUnpublished`, used only by recovery);
 * - `get` returns undefined for a missing file.
 */
import { mkdir, open, readFile, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

export interface TileStorage {
  put(path: string, bytes: Uint8Array, options?: { mutable?: boolean }): Promise<void>;
  get(path: string): Promise<Uint8Array | undefined>;
  /** Remove files (unpublished partial tiles left by a crash). */
  remove(path: string): Promise<void>;
  /** Every stored path under a prefix (recovery only). */
  list(prefix: string): Promise<string[]>;
  /** Remove half-written temporary files a crash left (recovery only). */
  removeTemporary?(): Promise<number>;
}

let tmpCounter = 0;

/** Files on disk: tmp file → fsync → rename → fsync of the directory. */
export class DiskTileStorage implements TileStorage {
  constructor(readonly root: string) {}

  async put(path: string, bytes: Uint8Array): Promise<void> {
    const file = join(this.root, path);
    const dir = dirname(file);
    await mkdir(dir, { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${tmpCounter++}`;
    const fh = await open(tmp, 'w', 0o644);
    try {
      await fh.writeFile(bytes);
      await fh.datasync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
    await fsyncDir(dir);
  }

  async get(path: string): Promise<Uint8Array | undefined> {
    try {
      return await readFile(join(this.root, path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async remove(path: string): Promise<void> {
    await rm(join(this.root, path), { force: true });
  }

  async removeTemporary(): Promise<number> {
    let entries;
    try {
      entries = await readdir(this.root, { recursive: true, withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw e;
    }
    const temps = entries.filter((e) => e.isFile() && e.name.includes('.tmp-'));
    await Promise.all(temps.map((e) => rm(join(e.parentPath, e.name), { force: true })));
    return temps.length;
  }

  async list(prefix: string): Promise<string[]> {
    const base = join(this.root, prefix);
    try {
      const entries = await readdir(base, { recursive: true, withFileTypes: true });
      return entries
        .filter((e) => e.isFile() && !e.name.includes('.tmp-'))
        .map((e) => relative(this.root, join(e.parentPath, e.name)).split('\\').join('/'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * A fake that checks: refuses to overwrite an immutable path with different
 * bytes, and fails on demand (`failNext`) to test rollback.
 */
export class MemoryTileStorage implements TileStorage {
  readonly files = new Map<string, Uint8Array>();
  failNext = 0;

  async put(path: string, bytes: Uint8Array, options: { mutable?: boolean } = {}): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error(`injected write fault at ${path}`);
    }
    const old = this.files.get(path);
    if (old !== undefined && options.mutable !== true && !Buffer.from(old).equals(Buffer.from(bytes))) {
      throw new Error(`immutable path overwritten with different bytes: ${path}`);
    }
    this.files.set(path, Uint8Array.from(bytes));
  }

  async get(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }

  async remove(path: string): Promise<void> {
    this.files.delete(path);
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.files.keys()].filter((k) => k.startsWith(prefix));
  }
}
