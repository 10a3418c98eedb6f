/**
 * The tally as the ledger holds it (inside the recap's feature state), and the
 * outcome of a contest decided from it.
 */
import { decideOutcome, outcomeRuleFor } from '../elections/index.js';
import type { Outcome } from '../elections/index.js';
import { contestRecap, recapState } from './state.js';
import type { RegionCode } from '../regions/index.js';
import { genesisOf } from '../statements/index.js';
import type { Ledger } from '../statements/index.js';
import type { Tally } from '../tally/index.js';

/** The live tally of every contest in the genesis (contests without forms read as zeros). */
export function tallyOf(ledger: Ledger): Tally {
  for (const c of genesisOf(ledger)?.contests ?? []) contestRecap(ledger, c.id);
  return recapState(ledger).tally;
}

export interface OutcomeOptions {
  /** President: how many provinces count for the 20% rule (default: provinces with votes). */
  readonly provinceCount?: number;
}

/**
 * Who won, from the tally of effective forms. Per-area votes (the tie-break,
 * and the provinces for the president) are the contest region's children:
 * kab/kota for a governor, kecamatan for a regent or mayor, provinces for
 * the president. Corrections recorded inside a D.Hasil are not in the tally.
 */
export function outcomeOf(ledger: Ledger, contestId: string, options: OutcomeOptions = {}): Outcome {
  const { contest } = contestRecap(ledger, contestId);
  const tally = recapState(ledger).tally.contest(contestId);
  const region = contest.region as RegionCode | 'national';
  const areas = Object.fromEntries(tally.children(region).map((s) => [s.region, s.votes]));
  const emptyColumn = contest.pairs.find((p) => p.emptyColumn)?.id;
  return decideOutcome({
    rule: outcomeRuleFor({ kind: contest.kind, region }, contest.pairs),
    votes: tally.snapshot(region).votes,
    areas,
    // Reasons name the pairs as voters read them, not by their ids.
    names: Object.fromEntries(
      contest.pairs.map((p) => [p.id, p.emptyColumn ? 'Kolom kosong' : `${p.ballotNumber}. ${p.name}`]),
    ),
    ...(emptyColumn === undefined ? {} : { emptyColumn }),
    ...(options.provinceCount === undefined ? {} : { provinceCount: options.provinceCount }),
  });
}
