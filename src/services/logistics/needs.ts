/**
 * What every TPS of a region needs: the registry's DPT and the contests a
 * voter there votes in (those decided in the TPS's own region or above),
 * through core/logistics. Regions up to a kab/kota at a time.
 */
import type { Lang } from '../../core/errors/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { PILKADA_2024_ITEMS, tpsNeeds, totalNeeds } from '../../core/logistics/index.js';
import type { ContestAtTps, Item, Need } from '../../core/logistics/index.js';
import type { Table } from '../../core/records/index.js';
import { levelOf } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import type { Store } from '../../store/index.js';

export interface TpsNeeds {
  readonly tps: RegionCode;
  readonly dpt: number;
  readonly needs: readonly Need[];
}

export interface RegionNeeds {
  readonly region: RegionCode;
  readonly items: readonly Item[];
  readonly contests: readonly ContestAtTps[];
  readonly tps: readonly TpsNeeds[];
  readonly totals: readonly Need[];
}

export const regionTooLarge = (): SaksiError =>
  new SaksiError(
    'LOGISTICS_REGION_TOO_LARGE',
    msg(
      'Kebutuhan logistik dihitung per kabupaten/kota atau wilayah di bawahnya.',
      'Logistics needs are computed per kab/kota or a region below it.',
    ),
    { field: 'region' },
  );

export async function regionNeeds(
  store: Store,
  region: RegionCode,
  items: readonly Item[] = PILKADA_2024_ITEMS,
): Promise<RegionNeeds> {
  if (levelOf(region) === 'province') throw regionTooLarge();
  const contests: Array<ContestAtTps & { region: string }> = [];
  for (const c of await store.elections.contests({ region })) {
    const full = await store.elections.contest(c.id);
    contests.push({ id: c.id, region: c.region, pairs: full?.pairs.length ?? 0 });
  }
  const list = await store.tps.within(region);
  const tps = list.map((t) => {
    const here = contests.filter((c) => c.region === 'national' || t.code.startsWith(c.region));
    return { tps: t.code, dpt: t.dpt.total, needs: tpsNeeds(items, t.dpt.total, here) };
  });
  return {
    region,
    items,
    contests: contests.map(({ id, pairs }) => ({ id, pairs })),
    tps,
    totals: totalNeeds(tps.map((t) => t.needs)),
  };
}

/** One row per TPS, one column per item and contest. */
export function needsTable(r: RegionNeeds, lang: Lang): Table {
  const columns = r.tps[0]?.needs.map((n) => ({ item: n.item, contestId: n.contestId })) ?? [];
  const label = (item: string, contestId: string | null) => {
    const it = r.items.find((x) => x.id === item);
    return `${it?.label[lang] ?? item}${contestId === null ? '' : ` (${contestId})`}`;
  };
  return {
    title: lang === 'id' ? `Kebutuhan logistik ${r.region}` : `Logistics needs ${r.region}`,
    header: ['TPS', 'DPT', ...columns.map((c) => label(c.item, c.contestId))],
    rows: r.tps.map((t) => [
      t.tps,
      t.dpt,
      ...columns.map(
        (c) => t.needs.find((n) => n.item === c.item && n.contestId === c.contestId)?.quantity ?? 0,
      ),
    ]),
  };
}
