/**
 * A realistic registry for any region: a TPS total spread over the region's
 * desa in proportion to weights (equal by default, or e.g. each desa's TPS
 * count at Pemilu 2024), each TPS with 150–600 registered voters, split
 * about evenly between men and women. Deterministic for a seed.
 */
import { tpsCode } from '../regions/index.js';
import type { RegionCode } from '../regions/index.js';
import { seededRng } from '../random/index.js';
import type { Tps } from './tps.js';

export interface GenerateOptions {
  /** Desa/kelurahan codes (level `village`) to place TPS in. */
  readonly villages: readonly { readonly code: RegionCode; readonly name?: string }[];
  /** How many TPS in all; every desa gets at least one when total ≥ desa count. */
  readonly totalTps: number;
  readonly seed?: number | string;
  /** Relative weight per desa (same order as `villages`); default 1 each. */
  readonly weights?: readonly number[];
  readonly dptMin?: number;
  readonly dptMax?: number;
}

export function generateRegistry(options: GenerateOptions): Tps[] {
  const { villages, totalTps } = options;
  const rng = seededRng(options.seed ?? 'saksi');
  const counts = apportion(totalTps, options.weights ?? villages.map(() => 1));
  const dptMin = options.dptMin ?? 150;
  const dptMax = options.dptMax ?? 600;
  const out: Tps[] = [];
  villages.forEach((v, i) => {
    for (let n = 1; n <= (counts[i] ?? 0); n++) {
      const total = rng.int(dptMin, dptMax);
      const male = Math.round(total * (0.47 + rng.next() * 0.06));
      const place = v.name === undefined ? '' : ` ${v.name}`;
      out.push({
        code: tpsCode(v.code, n),
        village: v.code,
        number: n,
        address: `TPS ${String(n).padStart(3, '0')}${place}`,
        dpt: { male, female: total - male, total },
      });
    }
  });
  return out;
}

/**
 * Largest-remainder apportionment of `total` seats over `weights`, giving
 * every positive weight at least one seat while seats last. Exact: the
 * result always sums to `total`.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0 || total <= 0) return weights.map(() => 0);
  const base: number[] = weights.map((w) => (w > 0 && total >= n ? 1 : 0));
  let left = total - base.reduce((a, b) => a + b, 0);
  const sum = weights.reduce((a, b) => a + Math.max(0, b), 0);
  if (sum === 0) return base;
  const exact = weights.map((w) => (Math.max(0, w) / sum) * left);
  const floors = exact.map(Math.floor);
  const out = base.map((b, i) => b + (floors[i] ?? 0));
  left -= floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < left; k++) {
    const slot = order[k % n] as { i: number };
    out[slot.i] = (out[slot.i] ?? 0) + 1;
  }
  return out;
}
