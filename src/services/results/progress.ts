/**
 * How many TPS each region holds (the denominator of progress), from the TPS
 * registry. The registry changes rarely and results are read often, so
 * counts are cached per region for a minute: a results read costs no scan.
 */
import type { RegionCode } from '../../core/regions/index.js';
import type { Store } from '../../store/index.js';

export interface RegionProgress {
  readonly total: number;
  readonly byChild: ReadonlyMap<string, number>;
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
      const counts = await Promise.all(
        provinces.map(async (p) => [p.code, (await this.store.tps.totals(p.code)).tps] as const),
      );
      return { total: counts.reduce((a, [, n]) => a + n, 0), byChild: new Map(counts) };
    }
    if (region.length === 13) return { total: 1, byChild: new Map() };
    const [totals, byChild] = await Promise.all([
      this.store.tps.totals(region),
      this.store.tps.countByChild(region),
    ]);
    return { total: totals.tps, byChild };
  }
}
