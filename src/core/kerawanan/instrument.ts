/**
 * A vulnerability-mapping instrument (docs/DOMAIN.md §7): variables (or
 * dimensions) of indicators, how an entry is scored, and the bands. An
 * instrument version is never edited in place: a new version is a new
 * instrument value with the same `id` and a higher `version`, and every
 * entry names the version it was made under.
 *
 * - `count`: boolean indicators; the score is how many are present.
 * - `weighted`: each indicator scored within its range; the score is the
 *   weighted mean scaled to 0–100 (the IKP's form).
 */
import type { Message } from '../errors/index.js';
import type { RegionLevel } from '../regions/index.js';

/** The level an instrument maps: TPS, kecamatan (district), kab/kota (regency) or province. */
export type MappedLevel = Exclude<RegionLevel, 'village'>;
export type Band = 'high' | 'medium' | 'low';

export interface Indicator {
  readonly id: string;
  readonly label: Message;
  /** Weighted instruments: the weight (default 1) and the range of an answer. */
  readonly weight?: number;
  readonly range?: { readonly min: number; readonly max: number };
}

export interface Variable {
  readonly id: string;
  readonly label: Message;
  readonly indicators: readonly Indicator[];
}

export interface Instrument {
  readonly id: string;
  readonly version: number;
  readonly title: Message;
  /** The legal or institutional source, and what is a deviation from it. */
  readonly source: string;
  readonly level: MappedLevel;
  readonly scoring: 'count' | 'weighted';
  readonly variables: readonly Variable[];
  /** Lowest score of each band, highest band first; the last band has min 0. */
  readonly bands: ReadonlyArray<{ readonly band: Band; readonly min: number }>;
}

export function indicatorsOf(i: Instrument): Indicator[] {
  return i.variables.flatMap((v) => v.indicators);
}

/** The variable an indicator belongs to. */
export function variableOf(i: Instrument, indicator: string): string | undefined {
  return i.variables.find((v) => v.indicators.some((x) => x.id === indicator))?.id;
}

export function bandOf(i: Instrument, score: number): Band {
  for (const b of i.bands) if (score >= b.min) return b.band;
  return 'low';
}
