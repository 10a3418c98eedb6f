/**
 * Scoring one entry against its instrument: every indicator answered (no
 * more, no less), each answer of the right type and within its range; the
 * score, the band and the indicators present. Pure.
 */
import { kerawananErrors } from './errors.js';
import { bandOf, indicatorsOf } from './instrument.js';
import type { Band, Instrument } from './instrument.js';

export type Answers = Readonly<Record<string, boolean | number>>;

export interface Scored {
  readonly score: number;
  readonly band: Band;
  /** Indicators present (count) or above zero (weighted). */
  readonly flagged: readonly string[];
}

export function scoreEntry(inst: Instrument, answers: Answers): Scored {
  const indicators = indicatorsOf(inst);
  const known = new Set(indicators.map((x) => x.id));
  for (const id of Object.keys(answers))
    if (!known.has(id)) throw kerawananErrors.indicatorUnknown(id, inst.id, inst.version);
  const flagged: string[] = [];
  let score = 0;
  let weights = 0;
  for (const x of indicators) {
    const a = answers[x.id];
    if (a === undefined) throw kerawananErrors.indicatorMissing(x.id);
    if (inst.scoring === 'count') {
      if (typeof a !== 'boolean') throw kerawananErrors.answerType(x.id, 'boolean');
      if (a) {
        flagged.push(x.id);
        score += 1;
      }
      continue;
    }
    const range = x.range ?? { min: 0, max: 100 };
    if (typeof a !== 'number' || !Number.isFinite(a)) throw kerawananErrors.answerType(x.id, 'number');
    if (a < range.min || a > range.max) throw kerawananErrors.outOfRange(x.id, range.min, range.max);
    const w = x.weight ?? 1;
    score += (w * (a - range.min)) / (range.max - range.min);
    weights += w;
    if (a > range.min) flagged.push(x.id);
  }
  if (inst.scoring === 'weighted') score = weights === 0 ? 0 : Math.round((10_000 * score) / weights) / 100;
  return { score, band: bandOf(inst, score), flagged };
}
