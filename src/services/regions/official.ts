/**
 * The official hierarchy (Kemendagri codes) from the pinned npm package
 * `idn-area-data`: its CSV files are read directly, so loading needs no
 * network and no transformation library.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseCsv } from '../../core/csv/index.js';
import { parseRegionCode } from '../../core/regions/index.js';
import type { RegionRow } from '../../store/index.js';

const require = createRequire(import.meta.url);

export interface OfficialSource {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
}

export function officialSource(): OfficialSource {
  const pkgFile = require.resolve('idn-area-data/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version, dir: join(dirname(pkgFile), 'data') };
}

const FILES = [
  { file: 'provinces.csv', level: 1, parentColumn: null },
  { file: 'regencies.csv', level: 2, parentColumn: 'province_code' },
  { file: 'districts.csv', level: 3, parentColumn: 'regency_code' },
  { file: 'villages.csv', level: 4, parentColumn: 'district_code' },
] as const;

/** Every official region as a row, provinces first. */
export async function readOfficialRegions(source: OfficialSource = officialSource()): Promise<RegionRow[]> {
  const out: RegionRow[] = [];
  for (const { file, level, parentColumn } of FILES) {
    const table = parseCsv(await readFile(join(source.dir, file), 'utf8'));
    for (const { values } of table.rows) {
      out.push({
        code: parseRegionCode(values['code'] ?? '', `${file}:code`),
        level,
        parent:
          parentColumn === null
            ? null
            : parseRegionCode(values[parentColumn] ?? '', `${file}:${parentColumn}`),
        name: (values['name'] ?? '').trim(),
        source: 'kemendagri',
      });
    }
  }
  return out;
}
