/**
 * The children a D.Hasil adds up, with their effective figures, read from
 * the tally: for a district, its desa (or its TPS, when the D.Hasil lists TPS
 * codes); for a regency its kecamatan, for a province its kab/kota, for the
 * national level its provinces. A child that has its own signed D.Hasil
 * counts with that D.Hasil's figures (the plenary above adds up the plenary
 * below, corrections included); otherwise with the sum of its effective forms.
 * `figures` is null when the listing itself is unusable (villages and TPS mixed).
 */
import { msg, problem } from '../errors/index.js';
import type { Problem } from '../errors/index.js';
import type { DHasil, RecapFigures, RecapLevel } from '../forms/index.js';
import type { Ledger } from '../statements/index.js';
import type { TallySnapshot } from '../tally/tally.js';
import { NATIONAL, recapState } from './state.js';
import type { ContestRecap } from './types.js';

const CHILD_LENGTH: Readonly<Record<Exclude<RecapLevel, 'district'>, number>> = {
  regency: 6,
  province: 4,
  national: 2,
};

export function childFigures(
  ledger: Ledger,
  cr: ContestRecap,
  d: DHasil,
): { figures: Record<string, RecapFigures> | null; problems: Problem[] } {
  const tally = recapState(ledger).tally.contest(cr.contest.id);
  const reported = (s: TallySnapshot) => s.forms > 0;
  if (d.level === 'district') {
    const lengths = new Set(d.children.map((c) => c.length));
    if (lengths.size > 1) return { figures: null, problems: [mixed()] };
    const villages = tally.children(d.region).filter(reported);
    const children = lengths.has(13)
      ? villages.flatMap((v) => tally.children(v.region)).filter(reported)
      : villages;
    return { figures: Object.fromEntries(children.map((s) => [s.region, s])), problems: [] };
  }
  const figures = new Map<string, RecapFigures>(
    tally
      .children(d.region)
      .filter(reported)
      .map((s) => [s.region, s]),
  );
  const length = CHILD_LENGTH[d.level];
  for (const [region, record] of cr.dhasil) {
    if (region.length === length && (d.region === NATIONAL || region.startsWith(d.region)))
      figures.set(region, record.dhasil);
  }
  return { figures: Object.fromEntries(figures), problems: [] };
}

function mixed(): Problem {
  return problem(
    'RECAP_CHILDREN_MIXED',
    ['children'],
    msg(
      'D.Hasil Kecamatan mencantumkan desa atau TPS, tidak keduanya.',
      'A district D.Hasil lists either villages or TPS, not both.',
    ),
  );
}
