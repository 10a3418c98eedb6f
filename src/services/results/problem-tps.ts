/**
 * The TPS behind a region page's counters (issue 15: "problem TPS, found in
 * one click"): those whose effective form is objected, corrected, locked,
 * attested or only submitted; those with rule warnings or import flags;
 * those with an incident; and those of the registry with no form yet. Read
 * from the live projection and the registry, in TPS code order, a page at
 * a time, with the total.
 */
import { SaksiError, msg } from '../../core/errors/index.js';
import { formatDotted, isWithin, parseRegionCode } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import { effectiveEntry, statusOf, tpsRecords } from '../../core/recap/index.js';
import type { RecapStatus, TpsRecord } from '../../core/recap/index.js';
import type { Ledger } from '../../core/statements/index.js';
import type { Store } from '../../store/index.js';
import { contestOf } from './results.js';

export const PROBLEM_FILTERS = [
  'missing',
  'objected',
  'corrected',
  'warnings',
  'incidents',
  'submitted',
  'attested',
  'locked',
] as const;
export type ProblemFilter = (typeof PROBLEM_FILTERS)[number];

export interface ProblemTps {
  readonly code: string;
  readonly dotted: string;
  readonly status: RecapStatus;
  /** Codes of the effective form's plausibility warnings and import flags. */
  readonly warnings: readonly string[];
  readonly incidents: number;
  /** The effective form's log index, when there is one. */
  readonly index: number | null;
}

export interface ProblemPage {
  readonly filter: ProblemFilter;
  readonly total: number;
  readonly items: readonly ProblemTps[];
}

export async function problemTps(
  ledger: Ledger,
  store: Store,
  q: { contestId: string; region: string; filter: ProblemFilter; limit: number; offset: number },
): Promise<ProblemPage> {
  const contest = contestOf(ledger, q.contestId);
  const region = parseRegionCode(q.region, 'region');
  if (contest.region !== 'national' && !isWithin(region, contest.region as RegionCode))
    throw new SaksiError(
      'RESULTS_REGION_OUTSIDE_CONTEST',
      msg(
        `Wilayah ${formatDotted(region)} di luar wilayah pemilihan ini.`,
        `Region ${formatDotted(region)} is outside this contest's region.`,
      ),
      { field: 'region' },
    );
  const records = new Map(tpsRecords(ledger, q.contestId, region).map((r) => [r.tps, r]));
  const filter = q.filter;
  const all =
    filter === 'missing'
      ? await missing(store, region, records)
      : [...records.values()].filter((r) => matches(r, filter)).map(row);
  return { filter: q.filter, total: all.length, items: all.slice(q.offset, q.offset + q.limit) };
}

function matches(r: TpsRecord, filter: Exclude<ProblemFilter, 'missing'>): boolean {
  const e = effectiveEntry(r);
  if (filter === 'warnings') return e !== undefined && e.warnings.length + e.flags.length > 0;
  if (filter === 'incidents') return r.incidents.length > 0;
  return statusOf(r) === filter;
}

function row(r: TpsRecord): ProblemTps {
  const e = effectiveEntry(r);
  return {
    code: r.tps,
    dotted: formatDotted(r.tps as RegionCode),
    status: statusOf(r),
    warnings: e === undefined ? [] : [...new Set([...e.warnings, ...e.flags].map((p) => p.code))],
    incidents: r.incidents.length,
    index: e?.index ?? null,
  };
}

/** Every registry TPS of the region without an effective form, and TPS the log knows with none. */
async function missing(
  store: Store,
  region: RegionCode,
  records: Map<string, TpsRecord>,
): Promise<ProblemTps[]> {
  const codes = new Set((await store.tps.within(region)).map((t) => t.code as string));
  for (const [code, r] of records) if (effectiveEntry(r) === undefined) codes.add(code);
  return [...codes]
    .filter((c) => {
      const r = records.get(c);
      return r === undefined || effectiveEntry(r) === undefined;
    })
    .sort()
    .map((c) => {
      const r = records.get(c);
      return r === undefined
        ? {
            code: c,
            dotted: formatDotted(c as RegionCode),
            status: 'missing' as const,
            warnings: [],
            incidents: 0,
            index: null,
          }
        : row(r);
    });
}
