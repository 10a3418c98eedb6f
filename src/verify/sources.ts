/**
 * Where the verifier reads a published log from: the `LogSource`s that
 * `verifyLog` (src/core/verify) is given. Both accept exactly the paths of
 * the tlog-tiles read path — `checkpoint` and canonical tile paths
 * (`tile/<L>/<N>[.p/<W>]`, `tile/entries/<N>[.p/<W>]`) — so a hostile or
 * buggy caller can reach nothing else, on disk or on the server. Both bound
 * what they read:
 *
 *   checkpoint            at most 64 KiB (a signed note; see NOTE_MAX_BYTES)
 *   hash tile of width W  at most W × 32 bytes (8,192 for a full tile)
 *   entry bundle, W wide  at most W × 65,537 bytes (uint16 length + entry)
 *
 * A missing file (ENOENT, HTTP 404) is `undefined`: the verifier names it.
 */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { SaksiError, msg } from '../core/errors/index.js';
import { HASH_SIZE } from '../core/log/hash.js';
import { MAX_ENTRY_SIZE } from '../core/log/entry-bundle.js';
import { parseTilePath } from '../core/log/tiles.js';
import type { TileRef } from '../core/log/tiles.js';
import type { LogSource } from '../core/verify/index.js';

export type SourceErrorCode =
  | 'SOURCE_PATH_REFUSED'
  | 'SOURCE_TOO_LARGE'
  | 'SOURCE_HTTP_STATUS'
  | 'SOURCE_TIMEOUT'
  | 'SOURCE_UNREACHABLE'
  | 'SOURCE_READ_FAILED';

export const CHECKPOINT_PATH = 'checkpoint';
export const CHECKPOINT_MAX_BYTES = 64 * 1024;
const LENGTH_PREFIX_SIZE = 2;

export interface HttpSourceOptions {
  /** Whole request, body included. Default 30 s. */
  readonly timeoutMs?: number;
  /** A lower cap than the per-path bound (never a higher one). */
  readonly maxBytes?: number;
}

/**
 * Reads `<dir>/<path>` for the read-path files only. (Symbolic links inside
 * `dir` are followed: whoever controls the directory controls the log anyway.)
 */
export function directorySource(dir: string): LogSource {
  return async (path) => {
    const limit = maxBytesFor(path);
    try {
      return await readBounded(join(dir, path), path, limit);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      if (e instanceof SaksiError) throw e;
      throw sourceError('SOURCE_READ_FAILED', path, msg('tidak dapat dibaca', 'could not be read'), e);
    }
  };
}

/** Fetches `<baseUrl>/<path>` with the global fetch (gzip accepted, bodies bounded). */
export function httpSource(baseUrl: string | URL, options: HttpSourceOptions = {}): LogSource {
  const base = new URL(baseUrl);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async (path) => {
    const limit = Math.min(maxBytesFor(path), options.maxBytes ?? Number.MAX_SAFE_INTEGER);
    const url = new URL(path, base);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip, identity' }, signal });
      if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw sourceError(
          'SOURCE_HTTP_STATUS',
          path,
          msg(
            `server menjawab HTTP ${response.status} untuk ${url.href}`,
            `the server answered HTTP ${response.status} for ${url.href}`,
          ),
        );
      }
      return await readBody(response, path, limit);
    } catch (e) {
      if (e instanceof SaksiError) throw e;
      if (signal.aborted)
        throw sourceError(
          'SOURCE_TIMEOUT',
          path,
          msg(`tidak selesai dalam ${timeoutMs} ms`, `no answer within ${timeoutMs} ms`),
          e,
        );
      throw sourceError(
        'SOURCE_UNREACHABLE',
        path,
        msg(`gagal diambil dari ${url.href}`, `could not be fetched from ${url.href}`),
        e,
      );
    }
  };
}

/** The largest acceptable body for a read-path file; refuses every other path. */
export function maxBytesFor(attackerControlledPath: string): number {
  if (attackerControlledPath === CHECKPOINT_PATH) return CHECKPOINT_MAX_BYTES;
  const tile = tileOrRefuse(attackerControlledPath);
  return tile.width * (tile.kind === 'entries' ? LENGTH_PREFIX_SIZE + MAX_ENTRY_SIZE : HASH_SIZE);
}

function tileOrRefuse(attackerControlledPath: string): TileRef {
  try {
    return parseTilePath(attackerControlledPath);
  } catch {
    throw sourceError(
      'SOURCE_PATH_REFUSED',
      attackerControlledPath,
      msg('bukan checkpoint atau ubin log', 'not the checkpoint or a log tile'),
    );
  }
}

/** Reads a file, refusing it (without reading it all) when it is larger than `limit`. */
async function readBounded(file: string, path: string, limit: number): Promise<Uint8Array> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    if (size > limit) throw tooLarge(path, limit);
    const bytes = new Uint8Array(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await fh.read(bytes, offset, size - offset, offset);
      if (bytesRead === 0) break; // shrank under us: return what is there
      offset += bytesRead;
    }
    return bytes.subarray(0, offset);
  } finally {
    await fh.close();
  }
}

/** Streams the (decompressed) body, stopping as soon as it passes `limit`: a gzip bomb stays small. */
async function readBody(response: Response, path: string, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (response.headers.get('content-encoding') === null && declared > limit) {
    await response.body?.cancel();
    throw tooLarge(path, limit);
  }
  if (response.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(path, limit);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

function tooLarge(path: string, limit: number): SaksiError {
  return sourceError('SOURCE_TOO_LARGE', path, msg(`lebih dari ${limit} byte`, `larger than ${limit} bytes`));
}

function sourceError(
  code: SourceErrorCode,
  path: string,
  detail: { id: string; en: string },
  cause?: unknown,
): SaksiError {
  return new SaksiError(
    code,
    msg(`Sumber log, ${shown(path)}: ${detail.id}.`, `Log source, ${shown(path)}: ${detail.en}.`),
    { field: 'path', ...(cause === undefined ? {} : { cause }) },
  );
}

/** An attacker-controlled path, quoted and cut short for a message. */
function shown(path: string): string {
  return JSON.stringify(path.length > 120 ? `${path.slice(0, 120)}…` : path);
}
