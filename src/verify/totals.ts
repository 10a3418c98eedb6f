/** Every contest's recomputed totals and outcome, for `saksi verify` and `saksi rebuild`. */
import type { Ledger } from '../core/statements/index.js';
import { genesisOf } from '../core/statements/index.js';
import { outcomeOf, tallyOf } from '../core/recap/index.js';

export interface ContestTotals {
  readonly lines: string[];
  readonly json: unknown;
}

export function contestTotals(ledger: Ledger): ContestTotals[] {
  const genesis = genesisOf(ledger);
  if (genesis === undefined) return [];
  const tally = tallyOf(ledger);
  return genesis.contests.map((c) => {
    const s = tally.snapshot(c.id, c.region === 'national' ? 'national' : c.region);
    const votes = c.pairs.map((p) => `${p.ballotNumber} ${p.name}: ${s.votes[p.id] ?? 0}`);
    const outcome = s.forms === 0 ? null : outcomeOf(ledger, c.id);
    return {
      lines: [
        `  ${c.name} (${c.id}): ${s.forms} forms${s.imported > 0 ? ` (${s.imported} imported)` : ''}`,
        `    ${votes.join(' · ')}`,
        `    valid ${s.valid}, invalid ${s.invalid}, total ${s.total}` +
          (outcome === null
            ? ''
            : `; outcome: ${outcome.kind}${outcome.winner === undefined ? '' : ` ${outcome.winner}`}`),
      ],
      json: {
        id: c.id,
        forms: s.forms,
        imported: s.imported,
        votes: s.votes,
        valid: s.valid,
        invalid: s.invalid,
        total: s.total,
        outcome,
      },
    };
  });
}
