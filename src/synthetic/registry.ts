/**
 * The TPS registry of a simulated election, on the store's real desa:
 *
 * - `pilkada`: each kecamatan's real TPS count at Pilkada 2024 (KPU's
 *   tables, `pilkada2024/{pkwkk,pkwkp}/<prov>/<kabkota>.json`), spread over
 *   its desa in proportion to their Pemilu 2024 TPS (`apportion`); a
 *   kecamatan the official list lacks gives its TPS to the whole kab/kota.
 *   Kota Batu: 302, Jawa Timur: 60,751, Indonesia: 435,296.
 * - `pemilu`: every desa's regular TPS as at Pemilu 2024 (818,339 in all).
 * - `demo`: the demo's distribution (its known counts, else about 5.2 TPS
 *   per desa), DPT 420–640 per TPS.
 * - `auto`: `pilkada` where KPU's table exists, else `pemilu`, else `demo`.
 *
 * A registry the store already holds for the scope is used as it is (the
 * election authority's registry wins over a generated one).
 */
import { apportion, generateRegistry } from '../core/registry/index.js';
import type { Tps } from '../core/registry/index.js';
import type { RegionCode } from '../core/regions/index.js';
import { DEMO_DPT_RANGE, DEMO_TPS } from './seed.js';
import type { Store } from '../store/index.js';
import type { SharedData } from './shared-data.js';
import type { Scope } from './scope.js';

export const REGISTRY_SOURCES = ['auto', 'pilkada', 'pemilu', 'demo'] as const;
export type RegistrySource = (typeof REGISTRY_SOURCES)[number];

/** Pilkada 2024 TPS per desa, nationally (435,296 TPS / 83,762 desa). */
const PILKADA_TPS_PER_DESA = 5.2;
/** Pemilu 2024 capped a TPS at 300 voters. */
const PEMILU_DPT_RANGE = { min: 150, max: 300 } as const;

export interface RegistryReport {
  readonly tps: readonly Tps[];
  /** How the registry was made: per kab/kota source counts, or `store` when it was already there. */
  readonly sources: Readonly<Record<string, number>>;
  readonly generated: boolean;
  readonly villages: number;
}

interface Village {
  readonly code: RegionCode;
  readonly name: string;
}

export async function registryFor(
  store: Store,
  data: SharedData,
  scope: Scope,
  source: RegistrySource,
  seed: string,
): Promise<RegistryReport> {
  const existing = await tpsInScope(store, scope);
  if (existing.length > 0)
    return { tps: existing, sources: { store: existing.length }, generated: false, villages: 0 };
  const regencies = await regenciesOf(store, scope);
  const pemilu = data.pemiluTpsPerDesa();
  const sources: Record<string, number> = {};
  const out: Tps[] = [];
  let villages = 0;
  for (const regency of regencies) {
    const all = (await store.regions.within(regency, 'village')).map((v) => ({ code: v.code, name: v.name }));
    const plan = plannedCounts(regency, all, data, pemilu, source);
    const inScope = all.filter((v) => scope === 'national' || v.code.startsWith(scope));
    villages += inScope.length;
    for (const v of inScope) {
      const n = plan.counts.get(v.code) ?? 0;
      if (n === 0) continue;
      out.push(
        ...generateRegistry({
          villages: [v],
          totalTps: Math.min(n, 999),
          seed: `${seed}-${v.code}`,
          dptMin: plan.dpt.min,
          dptMax: plan.dpt.max,
        }),
      );
      sources[plan.source] = (sources[plan.source] ?? 0) + Math.min(n, 999);
    }
  }
  await store.tps.insertMany(out);
  return { tps: out, sources, generated: true, villages };
}

/** The TPS the store holds within the scope, in code order. */
export async function tpsInScope(store: Store, scope: Scope): Promise<Tps[]> {
  const column = scope === 'national' ? null : COLUMN[scope.length];
  let q = store.db.selectFrom('tps').selectAll();
  if (column !== undefined && column !== null) q = q.where(column, '=', scope);
  else if (scope !== 'national') q = q.where('code', '=', scope);
  const rows = await q.orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code as RegionCode,
    village: r.village as RegionCode,
    number: Number(r.number),
    address: r.address,
    dpt: { male: Number(r.dpt_male), female: Number(r.dpt_female), total: Number(r.dpt_total) },
  }));
}

const COLUMN: Record<number, 'province' | 'regency' | 'district' | 'village'> = {
  2: 'province',
  4: 'regency',
  6: 'district',
  10: 'village',
};

async function regenciesOf(store: Store, scope: Scope): Promise<RegionCode[]> {
  if (scope !== 'national' && scope.length >= 4) return [scope.slice(0, 4) as RegionCode];
  const provinces = scope === 'national' ? (await store.regions.children(null)).map((p) => p.code) : [scope];
  const out: RegionCode[] = [];
  for (const p of provinces) out.push(...(await store.regions.within(p, 'regency')).map((r) => r.code));
  return out;
}

interface Plan {
  readonly counts: ReadonlyMap<string, number>;
  readonly source: 'pilkada' | 'pemilu' | 'demo';
  readonly dpt: { readonly min: number; readonly max: number };
}

/** TPS per desa of one kab/kota, by the chosen source (falling back as `auto` does). */
function plannedCounts(
  regency: RegionCode,
  villages: readonly Village[],
  data: SharedData,
  pemilu: ReadonlyMap<string, number> | undefined,
  source: RegistrySource,
): Plan {
  if (source === 'pilkada' || source === 'auto') {
    const table = data.pilkadaTpsPerKecamatan(regency);
    if (table !== undefined)
      return { counts: pilkadaCounts(table, villages, pemilu), source: 'pilkada', dpt: DEMO_DPT_RANGE };
  }
  if ((source === 'pemilu' || source === 'auto') && pemilu !== undefined)
    return {
      counts: new Map(villages.map((v) => [v.code, pemilu.get(v.code) ?? 0])),
      source: 'pemilu',
      dpt: PEMILU_DPT_RANGE,
    };
  return { counts: demoCounts(regency, villages), source: 'demo', dpt: DEMO_DPT_RANGE };
}

function pilkadaCounts(
  table: ReadonlyMap<string, number>,
  villages: readonly Village[],
  pemilu: ReadonlyMap<string, number> | undefined,
): Map<string, number> {
  const weight = (v: Village) => pemilu?.get(v.code) ?? 1;
  const byDistrict = groupBy(villages, (v) => v.code.slice(0, 6));
  const counts = new Map<string, number>();
  let orphaned = 0;
  for (const [district, total] of table) {
    const list = byDistrict.get(district);
    if (list === undefined || list.length === 0) {
      orphaned += total;
      continue;
    }
    add(counts, list, apportion(total, list.map(weight)));
  }
  if (orphaned > 0 && villages.length > 0) add(counts, villages, apportion(orphaned, villages.map(weight)));
  return counts;
}

/** The demo's counts where it has them (Kota Batu per kecamatan, a few kab/kota), else ≈ 5.2 per desa. */
function demoCounts(regency: RegionCode, villages: readonly Village[]): Map<string, number> {
  const counts = new Map<string, number>();
  const known = DEMO_TPS.filter((d) => d.region.startsWith(regency) || regency.startsWith(d.region));
  if (known.length > 0) {
    for (const d of known) {
      const list = villages.filter((v) => v.code.startsWith(d.region));
      add(
        counts,
        list,
        apportion(
          d.tps,
          list.map(() => 1),
        ),
      );
    }
    return counts;
  }
  for (const list of groupBy(villages, (v) => v.code.slice(0, 6)).values()) {
    add(
      counts,
      list,
      apportion(
        Math.round(list.length * PILKADA_TPS_PER_DESA),
        list.map(() => 1),
      ),
    );
  }
  return counts;
}

function add(counts: Map<string, number>, list: readonly Village[], seats: readonly number[]): void {
  list.forEach((v, i) => counts.set(v.code, (counts.get(v.code) ?? 0) + (seats[i] ?? 0)));
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list === undefined) out.set(k, [item]);
    else list.push(item);
  }
  return out;
}
