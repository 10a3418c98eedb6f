/**
 * The real 2024 data the simulator builds on, when present (docs/DOMAIN.md §3):
 * `<shared>/pemilu2024/tps-per-desa.json` (TPS per desa at Pemilu 2024),
 * `<shared>/pilkada2024/paslon/{pkwkp,pkwkk}.json` (every contest's pairs) and
 * `<shared>/pilkada2024/{pkwkk,pkwkp}/<prov>/<kabkota>.json` (KPU's tables,
 * whose rows give each kecamatan's real TPS count). The directory is
 * `../shared/data` beside the repository, or SAKSI_SHARED_DATA, or the
 * `--shared-data` flag; without it the simulator falls back to the demo's
 * contests and a generated distribution.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest folder up with a package.json: the same from src/, dist/ and the benchmarks' build/. */
export function repositoryRoot(from: string): string {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(join(dir, 'package.json'))) return dir;
  return from;
}

const REPO_ROOT = repositoryRoot(import.meta.dirname);

/** The shared data directory: the given one, SAKSI_SHARED_DATA, or ../shared/data; undefined when absent. */
export function findSharedData(given?: string): string | undefined {
  const candidate = given ?? process.env.SAKSI_SHARED_DATA ?? resolve(REPO_ROOT, '../shared/data');
  return existsSync(candidate) && statSync(candidate).isDirectory() ? candidate : undefined;
}

/** Reads the shared data files the simulator uses; every read is cached and optional. */
export class SharedData {
  readonly dir: string | undefined;
  readonly #cache = new Map<string, unknown>();

  constructor(dir: string | undefined) {
    this.dir = dir;
  }

  /** A parsed JSON file under the directory, or undefined when the directory or file is missing. */
  json<T>(relative: string): T | undefined {
    if (this.#cache.has(relative)) return this.#cache.get(relative) as T | undefined;
    const file = this.dir === undefined ? undefined : resolve(this.dir, relative);
    const value =
      file !== undefined && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
    this.#cache.set(relative, value);
    return value;
  }

  /** Highest regular TPS number per desa at Pemilu 2024 (83,731 desa), or undefined. */
  pemiluTpsPerDesa(): ReadonlyMap<string, number> | undefined {
    const key = '#pemilu-map';
    if (this.#cache.has(key)) return this.#cache.get(key) as ReadonlyMap<string, number> | undefined;
    const raw = this.json<{ tps?: Record<string, unknown> }>('pemilu2024/tps-per-desa.json');
    let map: Map<string, number> | undefined;
    if (raw?.tps !== undefined) {
      map = new Map();
      for (const [desa, v] of Object.entries(raw.tps)) {
        const n = Array.isArray(v) ? Number(v[0]) : NaN;
        if (Number.isSafeInteger(n) && n > 0) map.set(desa, n);
      }
    }
    this.#cache.set(key, map);
    return map;
  }

  /** TPS per kecamatan of one kab/kota from KPU's Pilkada table (regent/mayor, else governor), or undefined. */
  pilkadaTpsPerKecamatan(regency: string): ReadonlyMap<string, number> | undefined {
    const province = regency.slice(0, 2);
    const table =
      this.json<KpuTable>(`pilkada2024/pkwkk/${province}/${regency}.json`) ??
      this.json<KpuTable>(`pilkada2024/pkwkp/${province}/${regency}.json`);
    const rows = table?.tungsura?.table;
    if (rows === undefined || rows === null) return undefined;
    const out = new Map<string, number>();
    for (const [code, row] of Object.entries(rows)) {
      const n = Number(row?.progres?.total);
      if (/^\d{6}$/.test(code) && Number.isSafeInteger(n) && n >= 0) out.set(code, n);
    }
    return out;
  }

  /** KPU's Sirekap pair file (`pkwkp` governors, `pkwkk` regents/mayors), or undefined. */
  paslon(type: 'pkwkp' | 'pkwkk'): unknown {
    return this.json(`pilkada2024/paslon/${type}.json`);
  }
}

interface KpuTable {
  readonly tungsura?: {
    readonly table?: Record<string, { readonly progres?: { readonly total?: unknown } } | null> | null;
  };
}
