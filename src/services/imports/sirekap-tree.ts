/**
 * A tree of KPU Sirekap per-TPS JSON files as KPU publishes them:
 *
 *     pilkada/hhcw/pkwkk/<prov>/<kab>/<kec>/<desa>/<tps>.json   (regent, mayor)
 *     pilkada/hhcw/pkwkp/…                                      (governor)
 *     pemilu/hhcw/ppwp/…                                        (president)
 *
 * The file name is the 13-digit TPS code; each numeric folder above it must
 * be the TPS's province (2), kab/kota (4), kecamatan (6) or desa (10) code,
 * and the folder above those names the contest type. Files are read with
 * bounds: the tree is someone else's download.
 */
import { lstat, opendir, readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { SirekapType } from '../../core/elections/index.js';
import { parseRegionCode } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';

export const SIREKAP_TYPES: readonly SirekapType[] = ['pkwkk', 'pkwkp', 'ppwp'];
export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_JSON_DEPTH = 16;
/** Deepest folder nesting walked below DIR (KPU's layout is 7 deep). */
const MAX_DIR_DEPTH = 32;

const TPS_FILE = /^(\d{13})\.json$/;
const FOLDER_LENGTHS = [10, 6, 4, 2] as const;

export interface TreeFile {
  /** Absolute path. */
  readonly file: string;
  /** Path relative to DIR, with `/` separators (DIR's own name when DIR is a file). */
  readonly path: string;
  readonly size: number;
}

/** What a file's path says: its TPS and contest type, or why it is not a TPS record. */
export type TpsLocation =
  | { readonly ok: true; readonly tps: string; readonly type: SirekapType }
  | { readonly ok: false; readonly code: string; readonly reason: string };

/** Every `.json` file under `dir` (or `dir` itself), in path order; symlinks and other files are counted in `ignored`. */
export async function* walkJsonFiles(dir: string, ignored: { count: number }): AsyncGenerator<TreeFile> {
  const top = await lstat(dir);
  if (top.isFile()) {
    if (dir.endsWith('.json')) yield { file: dir, path: basename(dir), size: top.size };
    else ignored.count++;
    return;
  }
  yield* walk(dir, dir, 0, ignored);
}

async function* walk(
  root: string,
  dir: string,
  depth: number,
  ignored: { count: number },
): AsyncGenerator<TreeFile> {
  const entries: { name: string; kind: 'dir' | 'file' | 'other' }[] = [];
  for await (const d of await opendir(dir)) {
    entries.push({ name: d.name, kind: d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other' });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const file = join(dir, e.name);
    if (e.kind === 'dir' && depth < MAX_DIR_DEPTH) yield* walk(root, file, depth + 1, ignored);
    else if (e.kind === 'file' && e.name.endsWith('.json'))
      yield { file, path: relative(root, file).split(sep).join('/'), size: (await lstat(file)).size };
    else ignored.count++;
  }
}

/** The TPS and contest type a file's path names (`flagType` when the path has no type folder). */
export function locateTps(file: string, flagType?: SirekapType): TpsLocation {
  const parts = file.split(/[\\/]/).filter((p) => p !== '');
  const m = TPS_FILE.exec(parts.at(-1) ?? '');
  if (m === null)
    return {
      ok: false,
      code: 'IMPORT_NOT_TPS_FILE',
      reason: 'not a per-TPS record: the file name is not a 13-digit TPS code (a region aggregate?)',
    };
  const tps = m[1] as string;
  let i = parts.length - 2;
  for (const length of FOLDER_LENGTHS) {
    const folder = parts[i];
    if (folder === undefined || !/^\d+$/.test(folder)) break;
    if (folder.length !== length || !tps.startsWith(folder))
      return {
        ok: false,
        code: 'IMPORT_PATH_INCONSISTENT',
        reason: `TPS ${tps} does not belong in folder ${folder} (expected ${tps.slice(0, length)})`,
      };
    i--;
  }
  const above = parts[i];
  const pathType = SIREKAP_TYPES.find((t) => t === above);
  if (pathType !== undefined && flagType !== undefined && pathType !== flagType)
    return {
      ok: false,
      code: 'IMPORT_CONTEST_TYPE_MISMATCH',
      reason: `the path says ${pathType}, --contest-type says ${flagType}`,
    };
  const type = pathType ?? flagType;
  if (type === undefined)
    return {
      ok: false,
      code: 'IMPORT_CONTEST_TYPE_UNKNOWN',
      reason: `no pkwkk/pkwkp/ppwp folder above the TPS folders; give --contest-type`,
    };
  return { ok: true, tps, type };
}

/** The contest's region: kab/kota for pkwkk, province for pkwkp, national for ppwp. */
export function contestRegion(type: SirekapType, tps: string): RegionCode | 'national' {
  if (type === 'ppwp') return 'national';
  return parseRegionCode(tps.slice(0, type === 'pkwkk' ? 4 : 2), 'tps');
}

export type ReadResult =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly code: string; readonly reason: string };

/** Read and parse a JSON file, bounded in size and nesting. */
export async function readBoundedJson(f: TreeFile): Promise<ReadResult> {
  if (f.size > MAX_FILE_BYTES) return tooLarge(f.size);
  let bytes: Buffer;
  try {
    bytes = await readFile(f.file);
  } catch (e) {
    return { ok: false, code: 'IMPORT_FILE_UNREADABLE', reason: (e as Error).message.slice(0, 200) };
  }
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, code: 'IMPORT_FILE_NOT_JSON', reason: 'not UTF-8 text' };
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    return { ok: false, code: 'IMPORT_JSON_TOO_DEEP', reason: `JSON nested deeper than ${MAX_JSON_DEPTH}` };
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      ok: false,
      code: 'IMPORT_FILE_NOT_JSON',
      reason: `not valid JSON: ${(e as Error).message.slice(0, 160)}`,
    };
  }
}

function tooLarge(size: number): ReadResult {
  return {
    ok: false,
    code: 'IMPORT_FILE_TOO_LARGE',
    reason: `${size} bytes, more than the ${MAX_FILE_BYTES} allowed`,
  };
}

/** The deepest bracket nesting of JSON text (strings skipped), checked before parsing. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}
