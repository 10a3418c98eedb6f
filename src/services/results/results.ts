/**
 * Results at any level of a contest: the tally (live projection of the
 * log), the region's name and parents, each child's figures, progress
 * against the TPS registry, and the outcome. Reads only projections — never
 * a scan of forms.
 */
import { SaksiError, msg } from '../../core/errors/index.js';
import { formatDotted, isWithin, levelOf, parseRegionCode } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import { genesisOf } from '../../core/statements/index.js';
import type { GenesisContest, Ledger } from '../../core/statements/index.js';
import { outcomeOf, tallyOf } from '../../core/recap/index.js';
import { DEFAULT_LEADER_RULE, leaderCall } from '../../core/elections/index.js';
import type { LeaderCall, LeaderRule } from '../../core/elections/index.js';
import type { TallySnapshot } from '../../core/tally/index.js';
import type { Store } from '../../store/index.js';
import type { ProgressCache } from './progress.js';

export interface RegionRef {
  readonly code: string;
  readonly dotted: string;
  readonly name: string;
  readonly level: string;
}

export interface ResultsView {
  readonly contest: { id: string; name: string; kind: string; region: string };
  readonly region: RegionRef;
  readonly parents: RegionRef[];
  /** The contest's pairs from the log, with their display colour from the registry when known. */
  readonly pairs: ReadonlyArray<GenesisContest['pairs'][number] & { color: string | null }>;
  readonly totals: Figures;
  readonly children: Array<RegionRef & { totals: Figures; leaderCalled: boolean }>;
  /** Whether enough of the region has reported to name a leader (core/elections/leader-call.ts). */
  readonly leader: LeaderCall;
  /** The outcome at the contest's own region, once a leader may be named. */
  readonly outcome: ReturnType<typeof outcomeOf> | null;
  readonly logSize: number;
}

export interface Figures {
  readonly votes: Readonly<Record<string, number>>;
  readonly valid: number;
  readonly invalid: number;
  readonly total: number;
  readonly users: TallySnapshot['users'];
  /** DPT of the TPS that have reported (the base of turnout). */
  readonly dpt: TallySnapshot['dpt'];
  /** DPT of every TPS in the registry for this region, reported or not. */
  readonly registryDpt: number;
  readonly progress: { readonly reported: number; readonly total: number };
  readonly status: TallySnapshot['status'];
  readonly anomalies: TallySnapshot['anomalies'];
}

export function contestOf(ledger: Ledger, contestId: string): GenesisContest {
  const c = genesisOf(ledger)?.contests.find((x) => x.id === contestId);
  if (c === undefined) {
    throw new SaksiError(
      'CONTEST_NOT_FOUND',
      msg(
        `Pemilihan "${contestId.slice(0, 100)}" tidak ada di log.`,
        `No contest "${contestId.slice(0, 100)}" in the log.`,
      ),
      {
        field: 'contestId',
      },
    );
  }
  return c;
}

export async function resultsAt(
  ledger: Ledger,
  store: Store,
  progress: ProgressCache,
  contestId: string,
  regionInput?: string,
  rule: LeaderRule = DEFAULT_LEADER_RULE,
): Promise<ResultsView> {
  const contest = contestOf(ledger, contestId);
  const region = regionOf(contest, regionInput);
  const tally = tallyOf(ledger);
  const snapshot = tally.snapshot(contestId, region);
  const childSnapshots = new Map(tally.children(contestId, region).map((s) => [s.region, s]));
  const [regionRef, parents, childRegions, prog, registered] = await Promise.all([
    describe(store, region),
    region === 'national' ? Promise.resolve([]) : store.regions.ancestors(region),
    childrenOf(store, region),
    progress.of(region),
    store.elections.contest(contestId),
  ]);
  const colors = new Map((registered?.pairs ?? []).map((p) => [p.id, p.color]));
  const children = [...new Set([...childRegions.map((c) => c.code), ...childSnapshots.keys()])]
    .sort()
    .map((code) => {
      const ref = childRegions.find((c) => c.code === code) ?? {
        code,
        dotted: formatDotted(code as RegionCode),
        name: code,
        level: 'tps',
      };
      const totals = figures(
        childSnapshots.get(code),
        prog.byChild.get(code) ?? (code.length === 13 ? 1 : 0),
        prog.dptByChild.get(code) ?? childSnapshots.get(code)?.dpt.total ?? 0,
      );
      const alone = { tps: totals.progress, children: { reported: 0, total: 0 } };
      return { ...ref, totals, leaderCalled: leaderCall(alone, rule).called };
    });
  const totals = figures(snapshot, prog.total, prog.dpt);
  // Child regions count toward coverage where the registry holds TPS (a desa's children are its TPS: no second rule).
  const regional = children.filter((c) => c.level !== 'tps' && c.totals.progress.total > 0);
  const leader = leaderCall(
    {
      tps: totals.progress,
      children: {
        reported: regional.filter((c) => c.totals.progress.reported > 0).length,
        total: regional.length,
      },
    },
    rule,
  );
  return {
    contest: { id: contest.id, name: contest.name, kind: contest.kind, region: contest.region },
    region: regionRef,
    parents: parents.map((p) => ({ code: p.code, dotted: p.dotted, name: p.name, level: p.level })),
    pairs: contest.pairs.map((p) => ({ ...p, color: colors.get(p.id) ?? null })),
    totals,
    children,
    leader,
    outcome: region === (contest.region as string) && leader.called ? outcomeOf(ledger, contestId) : null,
    logSize: ledger.size,
  };
}

function regionOf(contest: GenesisContest, input: string | undefined): RegionCode | 'national' {
  if (input === undefined || input === '' || input === 'national')
    return contest.region === 'national' ? 'national' : (contest.region as RegionCode);
  const code = parseRegionCode(input, 'region');
  if (contest.region !== 'national' && !isWithin(code, contest.region as RegionCode)) {
    throw new SaksiError(
      'RESULTS_REGION_OUTSIDE_CONTEST',
      msg(
        `Wilayah ${formatDotted(code)} di luar wilayah pemilihan ini.`,
        `Region ${formatDotted(code)} is outside this contest's region.`,
      ),
      { field: 'region' },
    );
  }
  return code;
}

async function describe(store: Store, region: RegionCode | 'national'): Promise<RegionRef> {
  if (region === 'national')
    return { code: 'national', dotted: 'national', name: 'Indonesia', level: 'national' };
  if (levelOf(region) === 'tps')
    return { code: region, dotted: formatDotted(region), name: `TPS ${region.slice(10)}`, level: 'tps' };
  const r = await store.regions.get(region);
  if (r === undefined)
    throw new SaksiError(
      'REGION_NOT_FOUND',
      msg(`Wilayah ${region} tidak ditemukan.`, `No region ${region}.`),
      { field: 'region' },
    );
  return { code: r.code, dotted: r.dotted, name: r.name, level: r.level };
}

async function childrenOf(store: Store, region: RegionCode | 'national'): Promise<RegionRef[]> {
  if (region !== 'national' && levelOf(region) === 'tps') return [];
  if (region !== 'national' && levelOf(region) === 'village') {
    return (await store.tps.inVillage(region)).map((t) => ({
      code: t.code,
      dotted: formatDotted(t.code),
      name: `TPS ${String(t.number).padStart(3, '0')}`,
      level: 'tps',
    }));
  }
  const list = await store.regions.children(region === 'national' ? null : region);
  return list.map((r) => ({ code: r.code, dotted: r.dotted, name: r.name, level: r.level }));
}

function figures(s: TallySnapshot | undefined, tpsTotal: number, registryDpt: number): Figures {
  return {
    votes: s?.votes ?? {},
    valid: s?.valid ?? 0,
    invalid: s?.invalid ?? 0,
    total: s?.total ?? 0,
    users: s?.users ?? { male: 0, female: 0, total: 0 },
    dpt: s?.dpt ?? { male: 0, female: 0, total: 0 },
    registryDpt: Math.max(registryDpt, s?.dpt.total ?? 0),
    progress: { reported: s?.forms ?? 0, total: Math.max(tpsTotal, s?.forms ?? 0) },
    // Missing: every TPS of the registry without a form (the log knows only those it has heard of).
    status: {
      ...(s?.status ?? { missing: 0, submitted: 0, attested: 0, objected: 0, corrected: 0, locked: 0 }),
      missing: Math.max(s?.status.missing ?? 0, tpsTotal - (s?.forms ?? 0)),
    },
    anomalies: s?.anomalies ?? { tps: 0, warnings: 0, flags: 0 },
  };
}
