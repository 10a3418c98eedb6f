/**
 * Generate and store a realistic TPS registry for a region: a TPS total
 * spread over its desa/kelurahan (see core/registry/generate.ts).
 */
import { generateRegistry } from '../../core/registry/index.js';
import { levelOf } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import type { Store } from '../../store/index.js';

export interface RegistryReport {
  readonly region: RegionCode;
  readonly villages: number;
  readonly tps: number;
  readonly dpt: number;
}

export async function generateAndStoreRegistry(
  store: Store,
  region: RegionCode,
  totalTps: number,
  seed: string | number = region,
): Promise<RegistryReport> {
  const level = levelOf(region);
  if (level === 'tps') {
    throw new SaksiError(
      'REGION_CODE_IS_TPS',
      msg('Pilih wilayah, bukan TPS.', 'Choose a region, not a TPS.'),
      { field: 'region' },
    );
  }
  const villages =
    level === 'village'
      ? [await store.regions.get(region)].filter((v) => v !== undefined)
      : await store.regions.within(region, 'village');
  if (villages.length === 0) {
    throw new SaksiError(
      'REGION_NOT_FOUND',
      msg(`Tidak ada desa/kelurahan di wilayah ${region}.`, `No desa/kelurahan found in region ${region}.`),
      { field: 'region' },
    );
  }
  const list = generateRegistry({
    villages: villages.map((v) => ({ code: v.code, name: v.name })),
    totalTps,
    seed,
  });
  await store.tps.insertMany(list);
  return {
    region,
    villages: villages.length,
    tps: list.length,
    dpt: list.reduce((a, t) => a + t.dpt.total, 0),
  };
}
