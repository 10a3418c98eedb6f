/**
 * Load the demo election into a store: idempotent, so every restart of
 * `saksi serve --demo` leaves the same data.
 */
import { contestId, contestKind, contestName } from '../core/elections/index.js';
import type { CandidatePair } from '../core/elections/index.js';
import { generateRegistry } from '../core/registry/index.js';
import type { Tps } from '../core/registry/index.js';
import { parseRegionCode } from '../core/regions/index.js';
import type { Store } from '../store/index.js';
import {
  DEMO_CONTESTS,
  DEMO_ELECTION,
  DEMO_PROVINCE_TPS,
  DEMO_DPT_RANGE,
  DEMO_TPS,
  DEMO_VERSION,
  PAIR_COLORS,
} from '../synthetic/seed.js';

export interface DemoReport {
  readonly contests: number;
  readonly tpsGenerated: number;
  readonly ms: number;
}

export async function ensureDemo(
  store: Store,
  now: Date,
  clock: () => number = Date.now,
): Promise<DemoReport> {
  const start = clock();
  await store.elections.putElection(DEMO_ELECTION, now);
  for (const seed of DEMO_CONTESTS) {
    const region = parseRegionCode(seed.region);
    const regionName = (await store.regions.get(region))?.name ?? seed.region;
    const kind = contestKind(seed.type, regionName);
    const id = contestId(DEMO_ELECTION.id, seed.type, region);
    const pairs: CandidatePair[] = seed.pairs.map((p) => ({
      id: p.id,
      contestId: id,
      ballotNumber: p.ballotNumber,
      name: p.emptyColumn === true ? 'KOLOM KOSONG' : `${p.head} - ${p.deputy}`,
      head: p.head,
      deputy: p.deputy,
      color: PAIR_COLORS[(p.ballotNumber - 1) % PAIR_COLORS.length] as string,
      emptyColumn: p.emptyColumn === true,
    }));
    await store.elections.putContest(
      {
        id,
        electionId: DEMO_ELECTION.id,
        kind,
        region,
        name: contestName(kind, regionName),
        sirekapType: seed.type,
      },
      pairs,
    );
  }
  let tpsGenerated = 0;
  if ((await store.meta.get('demo.registry')) !== DEMO_VERSION) {
    const registry = await demoRegistry(store);
    await store.tps.insertMany(registry);
    await store.meta.set('demo.registry', DEMO_VERSION);
    tpsGenerated = registry.length;
  }
  return { contests: DEMO_CONTESTS.length, tpsGenerated, ms: clock() - start };
}

async function demoRegistry(store: Store): Promise<Tps[]> {
  const out: Tps[] = [];
  for (const { region, tps } of DEMO_TPS) {
    const villages = await store.regions.within(parseRegionCode(region), 'village');
    out.push(
      ...generateRegistry({
        villages,
        totalTps: tps,
        seed: `demo-${region}`,
        dptMin: DEMO_DPT_RANGE.min,
        dptMax: DEMO_DPT_RANGE.max,
      }),
    );
  }
  const province = parseRegionCode(DEMO_PROVINCE_TPS.region);
  const placed = out.filter((t) => t.code.startsWith(province)).length;
  const covered = DEMO_TPS.map((d) => d.region).filter((r) => r.startsWith(province));
  const rest = (await store.regions.within(province, 'village')).filter(
    (v) => !covered.some((c) => v.code.startsWith(c)),
  );
  out.push(
    ...generateRegistry({
      villages: rest,
      totalTps: DEMO_PROVINCE_TPS.tps - placed,
      seed: 'demo-35',
      dptMin: DEMO_DPT_RANGE.min,
      dptMax: DEMO_DPT_RANGE.max,
    }),
  );
  return out;
}
