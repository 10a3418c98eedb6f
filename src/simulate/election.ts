/**
 * The contests of a simulated election for a scope (a region, or the whole
 * country): the governor contest of each province and the regent/mayor
 * contest of each kab/kota that held one in Pilkada 2024, with KPU's real
 * pairs (Sirekap ids, kolom kosong included) when the shared data is present,
 * else the demo's contests, else three generated pairs per contest.
 *
 * A contest belongs to the scope when its region covers the scope or lies
 * inside it. `ContestSet` picks which: `all` (both contests at every TPS),
 * `governor`, `local` (regent/mayor), or `one` — one form per TPS: the
 * governor contest, or the regent/mayor contest where the province elects
 * no governor (DIY). The whole country with `all` (545 contests, 1,553
 * pairs) does not fit one genesis entry (65,535 bytes), hence `one`.
 */
import { contestId, contestKind, contestName, parseSirekapPaslon } from '../core/elections/index.js';
import type { CandidatePair, Contest, SirekapType } from '../core/elections/index.js';
import { isWithin, parseRegionCode } from '../core/regions/index.js';
import type { RegionCode } from '../core/regions/index.js';
import type { GenesisContest } from '../core/statements/index.js';
import { DEMO_CONTESTS, DEMO_ELECTION, PAIR_COLORS } from '../synthetic/seed.js';
import type { Store } from '../store/index.js';
import type { SharedData } from '../synthetic/shared-data.js';

import type { Scope } from '../synthetic/scope.js';

export type { Scope };
/**
 * `all` every Pilkada contest touching the scope; `governor` or `local` one
 * kind; `one` one contest per TPS; `president` the presidential contest of
 * Pemilu 2024 (one national contest, its three pairs), for Pemilu-scale runs
 * with `--registry pemilu` (818,339 TPS).
 */
export const CONTEST_SETS = ['all', 'governor', 'local', 'one', 'president'] as const;
export type ContestSet = (typeof CONTEST_SETS)[number];

export interface SimContest {
  readonly type: SirekapType;
  readonly genesis: GenesisContest;
  readonly contest: Contest;
  readonly pairs: readonly CandidatePair[];
  /** Where the pairs came from. */
  readonly source: 'kpu' | 'demo' | 'generated';
}

interface PairSource {
  readonly region: RegionCode;
  readonly pairs: ReadonlyArray<Omit<CandidatePair, 'contestId'>>;
  readonly source: SimContest['source'];
}

export const SIM_ELECTION = DEMO_ELECTION;

/** `3579`, `35.79`, `35` or `national` → the scope. */
export function parseScope(text: string): Scope {
  return text.trim().toLowerCase() === 'national' ? 'national' : parseRegionCode(text, 'region');
}

/** True when `region` (a contest's) covers the scope or lies inside it. */
export function touchesScope(region: RegionCode, scope: Scope): boolean {
  return scope === 'national' || isWithin(scope, region) || isWithin(region, scope);
}

export async function contestsFor(
  store: Store,
  data: SharedData,
  scope: Scope,
  set: ContestSet,
): Promise<SimContest[]> {
  if (set === 'president') return [PRESIDENT_2024];
  const governors = await pairSources(store, data, 'pkwkp', scope);
  const locals = await pairSources(store, data, 'pkwkk', scope);
  const governed = new Set(governors.map((g) => g.region));
  const chosen: Array<[SirekapType, PairSource]> = [];
  if (set !== 'local') chosen.push(...governors.map((g) => ['pkwkp', g] as [SirekapType, PairSource]));
  if (set === 'all' || set === 'local')
    chosen.push(...locals.map((l) => ['pkwkk', l] as [SirekapType, PairSource]));
  if (set === 'one')
    chosen.push(
      ...locals
        .filter((l) => !governed.has(l.region.slice(0, 2) as RegionCode))
        .map((l) => ['pkwkk', l] as [SirekapType, PairSource]),
    );
  const out: SimContest[] = [];
  for (const [type, src] of chosen) {
    const regionName = (await store.regions.get(src.region))?.name ?? src.region;
    const kind = contestKind(type, regionName);
    const contest: Contest = {
      id: contestId(SIM_ELECTION.id, type, src.region),
      electionId: SIM_ELECTION.id,
      kind,
      region: src.region,
      name: contestName(kind, regionName),
      sirekapType: type,
    };
    const pairs = src.pairs.map((p) => ({ ...p, contestId: contest.id }));
    out.push({
      type,
      contest,
      pairs,
      source: src.source,
      genesis: {
        id: contest.id,
        kind,
        region: src.region,
        name: contest.name,
        pairs: pairs.map((p) => ({
          id: p.id,
          ballotNumber: p.ballotNumber,
          name: p.name,
          emptyColumn: p.emptyColumn,
        })),
      },
    });
  }
  return out.sort((a, b) => a.contest.region.localeCompare(b.contest.region));
}

/** The contests of one type touching the scope, with their pairs. */
async function pairSources(
  store: Store,
  data: SharedData,
  type: SirekapType,
  scope: Scope,
): Promise<PairSource[]> {
  const file = data.paslon(type === 'pkwkp' ? 'pkwkp' : 'pkwkk');
  if (file !== undefined) {
    return parseSirekapPaslon(file).flatMap((c) =>
      c.region !== 'national' && touchesScope(c.region, scope)
        ? [{ region: c.region, pairs: c.pairs, source: 'kpu' as const }]
        : [],
    );
  }
  const level = type === 'pkwkp' ? 'province' : 'regency';
  const regions = await regionsTouching(store, scope, level);
  return regions.map((region) => {
    const demo = DEMO_CONTESTS.find((c) => c.type === type && c.region === region);
    if (demo !== undefined)
      return {
        region,
        source: 'demo' as const,
        pairs: demo.pairs.map((p) => ({
          id: p.id,
          ballotNumber: p.ballotNumber,
          name: p.emptyColumn === true ? 'KOLOM KOSONG' : `${p.head} - ${p.deputy}`,
          head: p.head,
          deputy: p.deputy,
          color: PAIR_COLORS[(p.ballotNumber - 1) % PAIR_COLORS.length] as string,
          emptyColumn: p.emptyColumn === true,
        })),
      };
    return {
      region,
      source: 'generated' as const,
      pairs: [1, 2, 3].map((n) => ({
        id: `sim-${region}-${n}`,
        ballotNumber: n,
        name: `PASLON ${n} ${region}`,
        head: `Calon ${n}`,
        deputy: `Wakil ${n}`,
        color: PAIR_COLORS[n - 1] as string,
        emptyColumn: false,
      })),
    };
  });
}

/** Provinces or kab/kota of the store that touch the scope. */
async function regionsTouching(
  store: Store,
  scope: Scope,
  level: 'province' | 'regency',
): Promise<RegionCode[]> {
  const width = level === 'province' ? 2 : 4;
  if (scope !== 'national' && scope.length >= width) return [scope.slice(0, width) as RegionCode];
  const provinces = scope === 'national' ? (await store.regions.children(null)).map((p) => p.code) : [scope];
  if (level === 'province') return provinces;
  const out: RegionCode[] = [];
  for (const p of provinces) out.push(...(await store.regions.within(p, 'regency')).map((r) => r.code));
  return out;
}

/** Pemilu 2024's presidential contest as Sirekap lists it (pair ids 100025–100027). */
const PRESIDENT_2024: SimContest = (() => {
  const id = contestId(SIM_ELECTION.id, 'ppwp', 'national');
  const contest: Contest = {
    id,
    electionId: SIM_ELECTION.id,
    kind: 'president',
    region: 'national',
    name: 'Pemilihan Presiden dan Wakil Presiden',
    sirekapType: 'ppwp',
  };
  const pairs: CandidatePair[] = [
    ['100025', 'H. ANIES RASYID BASWEDAN, Ph.D.', 'Dr. (H.C.) H. A. MUHAIMIN ISKANDAR'],
    ['100026', 'H. PRABOWO SUBIANTO', 'GIBRAN RAKABUMING RAKA'],
    ['100027', 'H. GANJAR PRANOWO, S.H., M.I.P.', 'Prof. Dr. H. M. MAHFUD MD'],
  ].map(([pairId, head, deputy], i) => ({
    id: pairId as string,
    contestId: id,
    ballotNumber: i + 1,
    name: `${head} - ${deputy}`,
    head: head as string,
    deputy: deputy as string,
    color: PAIR_COLORS[i] as string,
    emptyColumn: false,
  }));
  return {
    type: 'ppwp',
    contest,
    pairs,
    source: 'kpu',
    genesis: {
      id,
      kind: 'president',
      region: 'national',
      name: contest.name,
      pairs: pairs.map((p) => ({ id: p.id, ballotNumber: p.ballotNumber, name: p.name, emptyColumn: false })),
    },
  };
})();
