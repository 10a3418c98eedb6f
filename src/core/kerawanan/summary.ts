/**
 * The vulnerability map of a region from its entries: per child region (the
 * level below, e.g. kecamatan of a kab/kota) the regions assessed, their
 * bands and the heat table (how many assessed regions show each variable);
 * per indicator the list of vulnerable regions ("TPS near a candidate's
 * house"). Only the newest entry of each region counts. Pure.
 */
import { CODE_LENGTH, LEVELS, levelOf } from '../regions/index.js';
import type { RegionCode, RegionLevel } from '../regions/index.js';
import type { KerawananEntry } from './entry.js';
import { latestEntries } from './entry.js';
import { variableOf } from './instrument.js';
import type { Band, Instrument } from './instrument.js';

export interface ChildSummary {
  readonly region: RegionCode;
  readonly assessed: number;
  readonly bands: Readonly<Record<Band, number>>;
  /** Variable id → assessed regions with at least one of its indicators present. */
  readonly variables: Readonly<Record<string, number>>;
  readonly maxScore: number;
}

export interface KerawananSummary {
  readonly region: RegionCode | 'national';
  readonly instrument: { readonly id: string; readonly version: number };
  readonly assessed: number;
  readonly bands: Readonly<Record<Band, number>>;
  readonly children: readonly ChildSummary[];
  /** Indicator id → regions where it is present, sorted. */
  readonly byIndicator: Readonly<Record<string, readonly RegionCode[]>>;
}

const NO_BANDS = (): Record<Band, number> => ({ high: 0, medium: 0, low: 0 });

/** The level just below `region` (the province for 'national'). */
function childLevel(region: RegionCode | 'national'): RegionLevel {
  if (region === 'national') return 'province';
  return LEVELS[LEVELS.indexOf(levelOf(region)) + 1] ?? 'tps';
}

export function summarise(
  inst: Instrument,
  region: RegionCode | 'national',
  entries: readonly KerawananEntry[],
): KerawananSummary {
  const mine = latestEntries(
    entries.filter(
      (e) =>
        e.instrumentId === inst.id &&
        e.instrumentVersion === inst.version &&
        (region === 'national' || e.region.startsWith(region)),
    ),
  );
  const level = childLevel(region);
  const children = new Map<
    string,
    { bands: Record<Band, number>; variables: Record<string, number>; assessed: number; maxScore: number }
  >();
  const bands = NO_BANDS();
  const byIndicator: Record<string, RegionCode[]> = {};
  for (const e of mine) {
    const child = e.region.slice(0, Math.min(CODE_LENGTH[level], e.region.length));
    const c = children.get(child) ?? { bands: NO_BANDS(), variables: {}, assessed: 0, maxScore: 0 };
    c.assessed += 1;
    c.bands[e.band] += 1;
    c.maxScore = Math.max(c.maxScore, e.score);
    bands[e.band] += 1;
    const seen = new Set<string>();
    for (const id of e.flagged) {
      (byIndicator[id] ??= []).push(e.region);
      const v = variableOf(inst, id);
      if (v !== undefined) seen.add(v);
    }
    for (const v of seen) c.variables[v] = (c.variables[v] ?? 0) + 1;
    children.set(child, c);
  }
  for (const list of Object.values(byIndicator)) list.sort();
  return {
    region,
    instrument: { id: inst.id, version: inst.version },
    assessed: mine.length,
    bands,
    children: [...children.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, c]) => ({ region: code as RegionCode, ...c })),
    byIndicator,
  };
}
