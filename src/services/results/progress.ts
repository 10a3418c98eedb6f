/**
 * How many TPS each region holds (the denominator of progress) and how many
 * voters they list (DPT), from the TPS registry. The registry changes rarely and results are read often, so
 * counts are cached per region for a minute: a results read costs no scan.
 */
import type { RegionCode } from '../../core/regions/index.js';
import type { Store } from '../../store/index.js';

export interface RegionProgress {
  readonly total: number;
  readonly byChild: ReadonlyMap<string, number>;
  /** The registry's DPT of the region and of each child. */
  readonly dpt: number;
  readonly dptByChild: ReadonlyMap<string, number>;
}

const TTL_MS = 60_000;

export class ProgressCache {
  readonly #cache = new Map<string, { at: number; value: RegionProgress }>();

  constructor(
    private readonly store: Store,
    private readonly clock: () => number = Date.now,
  ) {}

  async of(region: RegionCode | 'national'): Promise<RegionProgress> {
    const hit = this.#cache.get(region);
    if (hit !== undefined && this.clock() - hit.at < TTL_MS) return hit.value;
    const value = await this.#load(region);
    this.#cache.set(region, { at: this.clock(), value });
    return value;
  }

  async #load(region: RegionCode | 'national'): Promise<RegionProgress> {
    if (region === 'national') {
      const provinces = await this.store.regions.children(null);
      const totals = await Promise.all(
        provinces.map(async (p) => [p.code, await this.store.tps.totals(p.code)] as const),
      );
      return {
        total: totals.reduce((a, [, t]) => a + t.tps, 0),
        byChild: new Map(totals.map(([code, t]) => [code, t.tps])),
        dpt: totals.reduce((a, [, t]) => a + t.dptTotal, 0),
        dptByChild: new Map(totals.map(([code, t]) => [code, t.dptTotal])),
      };
    }
    if (region.length === 13) {
      const tps = await this.store.tps.get(region);
      return { total: 1, byChild: new Map(), dpt: tps?.dpt.total ?? 0, dptByChild: new Map() };
    }
    const [totals, byChild, dptByChild] = await Promise.all([
      this.store.tps.totals(region),
      this.store.tps.countByChild(region),
      this.store.tps.dptByChild(region),
    ]);
    return { total: totals.tps, byChild, dpt: totals.dptTotal, dptByChild };
  }
}
