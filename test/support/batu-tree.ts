/**
 * Kota Batu as KPU would publish it, generated from the real public data:
 * a TPS registry CSV (302 TPS: each kecamatan's real Pilkada 2024 count,
 * spread over its desa as at Pemilu 2024) and a Sirekap per-TPS tree
 * (`pilkada/hhcw/pkwkk/35/3579/<kec>/<desa>/<tps>.json`) whose kecamatan
 * sums are KPU's own table (`pilkada2024/pkwkk/35/3579.json`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CHasil, Triple } from '../../src/core/forms/index.js';
import type { RegionCode } from '../../src/core/regions/index.js';
import { toSirekapTps } from '../../src/core/sirekap/index.js';
import { ensureRegionsLoaded } from '../../src/services/regions/load.js';
import { openStore } from '../../src/store/index.js';
import { registryFor } from '../../src/synthetic/registry.js';
import { SharedData } from '../../src/synthetic/shared-data.js';

export const BATU_CONTEST = 'pilkada2024-pkwkk-3579';

export interface KpuAggregate {
  readonly tungsura: {
    readonly chart: Record<string, unknown>;
    readonly table: Record<string, Record<string, unknown>>;
  };
}

export interface BatuFiles {
  readonly csv: string;
  /** The tree's root (holds `pilkada/hhcw/…`). */
  readonly tree: string;
  readonly tps: number;
  /** KPU's kecamatan votes by pair id. */
  readonly kecamatan: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

const INVALID = 5878;
const TS = '2024-11-28 10:00:00';
const spread = (total: number, n: number, i: number) => Math.floor(total / n) + (i < total % n ? 1 : 0);
const half = (n: number): Triple => ({ male: Math.floor(n / 2), female: n - Math.floor(n / 2), total: n });

export async function writeBatuFiles(
  sharedDir: string,
  work: string,
  real: KpuAggregate,
): Promise<BatuFiles> {
  const store = await openStore({ kind: 'sqlite', file: join(work, 'generate.db') });
  try {
    await ensureRegionsLoaded(store);
    const registry = await registryFor(
      store,
      new SharedData(sharedDir),
      '3579' as RegionCode,
      'pilkada',
      'batu',
    );
    const rows = registry.tps.map((t) => `${t.code},${t.dpt.male},${t.dpt.female}`);
    const csv = join(work, 'tps.csv');
    await writeFile(csv, ['tps,dpt_male,dpt_female', ...rows, ''].join('\n'));
    const pairs = Object.keys(real.tungsura.chart).filter((k) => /^\d+$/.test(k));
    const kecamatan = new Map<string, Record<string, number>>();
    let n = 0;
    for (const [code, row] of Object.entries(real.tungsura.table)) {
      const tps = registry.tps.filter((t) => t.code.startsWith(code));
      kecamatan.set(code, Object.fromEntries(pairs.map((p) => [p, row[p] as number])));
      for (const [i, t] of tps.entries()) {
        const votes = Object.fromEntries(pairs.map((p) => [p, spread(row[p] as number, tps.length, i)]));
        const valid = Object.values(votes).reduce((a, b) => a + b, 0);
        const invalid = spread(INVALID, registry.tps.length, n++);
        const form = batuChasil(t.code, t.dpt, votes, valid, invalid);
        const dir = join(work, 'pilkada/hhcw/pkwkk/35/3579', code, t.village);
        await mkdir(dir, { recursive: true });
        const file = toSirekapTps(form, { variant: 'pilkada', ts: TS, imageUrls: [] });
        await writeFile(join(dir, `${t.code}.json`), JSON.stringify(file));
      }
    }
    return { csv, tree: join(work, 'pilkada'), tps: registry.tps.length, kecamatan };
  } finally {
    await store.close();
  }
}

/** A consistent C.Hasil of Kota Batu's mayor contest at `tps`: the given votes, voters split evenly, ballots to match. */
export function batuChasil(
  tps: string,
  dpt: Triple,
  votes: Record<string, number>,
  valid: number,
  invalid: number,
): CHasil {
  const users = valid + invalid;
  const all = half(users);
  const fromDpt = { male: Math.min(all.male, dpt.male), female: Math.min(all.female, dpt.female) };
  const received = Math.max(users, dpt.total + Math.ceil((dpt.total * 25) / 1000));
  return {
    contestId: BATU_CONTEST,
    tps,
    status: 'reguler',
    countedAt: '2024-11-27T08:00:00Z',
    voters: {
      dpt,
      users: {
        dpt: { ...fromDpt, total: fromDpt.male + fromDpt.female },
        dptb: {
          male: all.male - fromDpt.male,
          female: all.female - fromDpt.female,
          total: users - fromDpt.male - fromDpt.female,
        },
        dpk: half(0),
        total: all,
      },
    },
    ballots: { received, damaged: 0, unused: received - users, used: users },
    disability: { registered: half(0), voted: half(0) },
    votes,
    valid,
    invalid,
    total: users,
    images: [],
  };
}
