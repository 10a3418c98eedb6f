import { describe, expect, it } from 'vitest';
import { canonicalBytes } from '../canonical/index.js';
import { MAX_ENTRY_BYTES } from './envelope.js';
import { electionEntries } from './election-entries.js';
import type { Genesis, GenesisContest } from './handlers/genesis.js';

const contest = (i: number): GenesisContest => ({
  id: `pilkada2024-pkwkk-${1100 + i}`,
  kind: 'regent',
  region: String(1100 + i),
  name: `Pemilihan Bupati dan Wakil Bupati Kabupaten Nomor ${i}`,
  pairs: [1, 2, 3, 4].map((n) => ({
    id: String(1_000_000 + i * 10 + n),
    ballotNumber: n,
    name: `CALON KEPALA DAERAH NOMOR ${n}, S.H., M.M. - CALON WAKIL NOMOR ${n}, S.E.`,
    emptyColumn: false,
  })),
});
const genesis = (n: number): Genesis => ({
  election: {
    id: 'pilkada2024',
    name: 'Pemilihan Serentak 2024',
    kind: 'pilkada',
    votingDay: '2024-11-27',
    ballotReservePermille: 25,
  },
  rootKey: 'A'.repeat(44),
  contests: Array.from({ length: n }, (_, i) => contest(i)),
});

describe('election entries', () => {
  it('keeps a small election in its genesis', () => {
    const entries = electionEntries(genesis(3));
    expect(entries.map((e) => e.type)).toEqual(['election.genesis']);
  });

  it('splits a national election into a genesis and election.contests entries, each fitting an entry, none lost', () => {
    const entries = electionEntries(genesis(545));
    expect(entries[0]!.type).toBe('election.genesis');
    expect(entries.length).toBeGreaterThan(2);
    expect(entries.slice(1).every((e) => e.type === 'election.contests')).toBe(true);
    for (const e of entries) expect(canonicalBytes(e.body).length).toBeLessThan(MAX_ENTRY_BYTES - 1_000);
    const ids = entries.flatMap((e) => (e.body as { contests: GenesisContest[] }).contests.map((c) => c.id));
    expect(ids).toEqual(genesis(545).contests.map((c) => c.id));
  });
});
