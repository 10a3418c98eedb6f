/**
 * What a recap plenary works from (docs/DOMAIN.md §5), read from the ledger: the
 * children a D.Hasil of `region` must list with the figures the `form.dhasil`
 * handler will add up (a child's own signed D.Hasil where there is one,
 * otherwise the sum of its effective forms — src/core/recap/dhasil-children.ts),
 * each child's status, the TPS issues inside the region (objections,
 * corrections, warnings) and the region's D.Hasil once signed.
 */
import { SaksiError, msg } from '../../../core/errors/index.js';
import type { RecapFigures, RecapLevel } from '../../../core/forms/index.js';
import { dhasilOf, lockOf, tpsRecords } from '../../../core/recap/index.js';
import type { DHasilRecord } from '../../../core/recap/index.js';
import { contestRecap } from '../../../core/recap/state.js';
import type { RegionCode } from '../../../core/regions/index.js';
import { parseRegionCode } from '../../../core/regions/index.js';
import type { Ledger } from '../../../core/statements/index.js';
import { tallyOf } from '../../../core/recap/index.js';
import type { TallySnapshot } from '../../../core/tally/index.js';

/** At most this many TPS issues are listed (the rest are counted). */
export const MAX_ISSUES = 500;

export interface RecapChild {
  readonly code: string;
  readonly figures: RecapFigures;
  /** `dhasil`: the child's own signed D.Hasil (index given); `forms`: the sum of its effective forms. */
  readonly source: 'forms' | 'dhasil';
  readonly dhasilIndex: number | null;
  readonly reported: number;
  readonly status: TallySnapshot['status'];
}

export interface RecapIssue {
  readonly tps: string;
  readonly kind: 'objection' | 'correction' | 'warning';
  readonly index: number;
  readonly text: string;
  readonly plenary?: string;
}

export interface RecapView {
  readonly contestId: string;
  readonly region: string;
  readonly level: RecapLevel;
  readonly pairIds: readonly string[];
  readonly children: RecapChild[];
  readonly issues: RecapIssue[];
  readonly moreIssues: number;
  readonly signed: DHasilRecord | null;
  /** The region (this one or above) whose D.Hasil already locks it, if any. */
  readonly lockedBy: string | null;
}

const LEVEL_BY_LENGTH: Readonly<Record<number, RecapLevel>> = { 2: 'province', 4: 'regency', 6: 'district' };

export function recapView(ledger: Ledger, contestId: string, regionInput: string): RecapView {
  const region = parseRegionCode(regionInput, 'region');
  const level = LEVEL_BY_LENGTH[region.length];
  if (level === undefined) throw notRecapLevel(region);
  const cr = contestRecap(ledger, contestId);
  if (cr.contest.region !== 'national' && !region.startsWith(cr.contest.region))
    throw new SaksiError(
      'RECAP_REGION_OUTSIDE_CONTEST',
      msg(`Wilayah ${region} di luar wilayah pemilihan ini.`, `Region ${region} is outside this contest.`),
      { field: 'region' },
    );
  const { issues, more } = issuesIn(ledger, contestId, region);
  return {
    contestId,
    region,
    level,
    pairIds: cr.pairIds,
    children: childrenOf(ledger, contestId, region, level),
    issues,
    moreIssues: more,
    signed: dhasilOf(ledger, contestId, region) ?? null,
    lockedBy: lockOf(ledger, contestId, region)?.dhasil.region ?? null,
  };
}

function childrenOf(ledger: Ledger, contestId: string, region: RegionCode, level: RecapLevel): RecapChild[] {
  const out = new Map<string, RecapChild>();
  for (const s of tallyOf(ledger).children(contestId, region)) {
    if (s.forms === 0) continue;
    out.set(s.region, {
      code: s.region,
      figures: figuresOf(s),
      source: 'forms',
      dhasilIndex: null,
      reported: s.forms,
      status: s.status,
    });
  }
  if (level === 'district') return [...out.values()];
  for (const [code, child] of out) {
    const signed = dhasilOf(ledger, contestId, code);
    if (signed === undefined) continue;
    out.set(code, {
      ...child,
      figures: figuresOf(signed.dhasil),
      source: 'dhasil',
      dhasilIndex: signed.index,
    });
  }
  return [...out.values()];
}

function figuresOf(f: RecapFigures): RecapFigures {
  return { votes: f.votes, valid: f.valid, invalid: f.invalid, total: f.total, users: f.users, dpt: f.dpt };
}

function issuesIn(ledger: Ledger, contestId: string, region: string): { issues: RecapIssue[]; more: number } {
  const issues: RecapIssue[] = [];
  for (const record of tpsRecords(ledger, contestId, region)) {
    const effective = record.history.at(-1);
    if (effective === undefined) continue;
    const tps = record.tps;
    if (effective.kind === 'correction')
      issues.push({
        tps,
        kind: 'correction',
        index: effective.index,
        text: effective.reason ?? '',
        ...(effective.plenary === undefined ? {} : { plenary: effective.plenary }),
      });
    for (const a of record.attestations)
      if (a.verdict === 'object' && a.subject.index === effective.index)
        issues.push({ tps, kind: 'objection', index: a.index, text: a.reason ?? '' });
    for (const w of effective.warnings)
      issues.push({ tps, kind: 'warning', index: effective.index, text: w.code });
  }
  return { issues: issues.slice(0, MAX_ISSUES), more: Math.max(0, issues.length - MAX_ISSUES) };
}

function notRecapLevel(region: string): SaksiError {
  return new SaksiError(
    'RECAP_LEVEL_INVALID',
    msg(
      `${region} bukan wilayah rekapitulasi (provinsi, kabupaten/kota atau kecamatan).`,
      `${region} is not a recap region (province, regency/city or district).`,
    ),
    { field: 'region' },
  );
}
