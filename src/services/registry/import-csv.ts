/**
 * Import a TPS registry CSV (columns in core/registry/csv.ts). Each TPS's
 * desa must exist; a desa code the official list lacks is kept as a KPU code
 * and reported — a TPS is never dropped.
 */
import { parseTpsCsv } from '../../core/registry/index.js';
import { parentOf } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import type { Store } from '../../store/index.js';

export interface TpsImportReport {
  readonly tps: number;
  readonly unknownVillages: readonly RegionCode[];
}

export async function importTpsCsv(store: Store, text: string, now: Date): Promise<TpsImportReport> {
  const list = parseTpsCsv(text);
  const villages = [...new Set(list.map((t) => t.village))];
  const unknownVillages: RegionCode[] = [];
  for (const v of villages) {
    if ((await store.regions.get(v)) !== undefined) continue;
    unknownVillages.push(v);
    await store.regions.keepKpuCode(
      { code: v, level: 4, parent: parentOf(v), name: `Desa/Kelurahan ${v}` },
      'Named by an imported TPS registry but missing from the official region list',
      now,
    );
  }
  await store.tps.insertMany(list);
  return { tps: list.length, unknownVillages };
}
