/**
 * An election's contests as log entries: the genesis with as many contests
 * as fit one entry, then `election.contests` entries for the rest, each
 * under MAX_ENTRY_BYTES (a national Pilkada has 545 contests, far beyond
 * one entry). Pure: the caller signs them.
 */
import { MAX_ENTRY_BYTES } from './envelope.js';
import { ELECTION_CONTESTS } from './handlers/contests.js';
import { GENESIS } from './handlers/genesis.js';
import type { Genesis, GenesisContest } from './handlers/genesis.js';

/** Room left in an entry for the envelope, the election and the root key. */
const ENVELOPE_ROOM = 2_000;

export function electionEntries(genesis: Genesis): { type: string; body: unknown }[] {
  const budget = MAX_ENTRY_BYTES - ENVELOPE_ROOM;
  const chunks: GenesisContest[][] = [[]];
  let used = 0;
  for (const c of genesis.contests) {
    const size = new TextEncoder().encode(JSON.stringify(c)).length + 1;
    if (used + size > budget && chunks.at(-1)!.length > 0) {
      chunks.push([]);
      used = 0;
    }
    chunks.at(-1)!.push(c);
    used += size;
  }
  const [first = [], ...rest] = chunks;
  return [
    { type: GENESIS, body: { ...genesis, contests: first } },
    ...rest.map((contests) => ({ type: ELECTION_CONTESTS, body: { contests } })),
  ];
}
