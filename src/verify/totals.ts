/** Every contest's recomputed totals, for printing (filled in by the recap's tally). */
import type { Ledger } from '../core/statements/index.js';
import { genesisOf } from '../core/statements/index.js';

export interface ContestTotals {
  readonly lines: string[];
  readonly json: unknown;
}

export function contestTotals(ledger: Ledger): ContestTotals[] {
  const genesis = genesisOf(ledger);
  if (genesis === undefined) return [];
  return genesis.contests.map((c) => ({
    lines: [`  ${c.name} (${c.id}): no forms`],
    json: { id: c.id, forms: 0 },
  }));
}
