import { describe, expect, it } from 'vitest';
import { FORM_CHASIL } from '../../recap/index.js';
import { BATU, RecapTestLog, recapForm } from '../../recap/testing.js';
import { tallyOf } from '../../recap/index.js';
import { genesisOf } from './genesis.js';
import type { GenesisContest } from './genesis.js';
import { ELECTION_CONTESTS } from './contests.js';

const MALANG: GenesisContest = {
  id: 'pilkada2024-pkwkk-3573',
  kind: 'mayor',
  region: '3573',
  name: 'Pemilihan Wali Kota dan Wakil Wali Kota Malang',
  pairs: [
    { id: '1000790', ballotNumber: 1, name: 'Wahyu Hidayat - Ali Muthohirin', emptyColumn: false },
    { id: '1000791', ballotNumber: 2, name: 'Heri Cahyono - Ganisa Pratiwi Rumpoko', emptyColumn: false },
  ],
};

describe('election.contests', () => {
  it('adds contests after the genesis, which then take forms and are tallied; a replay agrees', () => {
    const log = new RecapTestLog({ contests: [BATU] });
    log.append(log.root, ELECTION_CONTESTS, { contests: [MALANG] });
    expect(genesisOf(log.ledger)?.contests.map((c) => c.id)).toEqual([BATU.id, MALANG.id]);
    const tps = '3573011001001';
    const kpps = log.key('kpps-malang', 'kpps', tps);
    log.append(kpps, FORM_CHASIL, recapForm(MALANG, tps));
    const votes = tallyOf(log.ledger).snapshot(MALANG.id, '3573').votes;
    expect(Object.values(votes).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(tallyOf(log.replay()).snapshot(MALANG.id, '3573').votes).toEqual(votes);
  });

  it('refuses a contest id already in use, a signer other than the root, and an empty list', () => {
    const log = new RecapTestLog({ contests: [BATU] });
    expect(log.refuse(log.root, ELECTION_CONTESTS, { contests: [BATU] }).code).toBe(
      'CONTEST_ALREADY_DEFINED',
    );
    expect(log.refuse(log.root, ELECTION_CONTESTS, { contests: [MALANG, MALANG] })).toMatchObject({
      code: 'CONTEST_ALREADY_DEFINED',
      field: 'contests.1.id',
    });
    const officer = log.key('kpu', 'kpu', '3573');
    expect(log.refuse(officer, ELECTION_CONTESTS, { contests: [MALANG] }).code).toBe('CONTESTS_NOT_ROOT');
    expect(log.refuse(log.root, ELECTION_CONTESTS, { contests: [] }).code).toBe('GENESIS_CONTESTS_INVALID');
    expect(log.refuse(log.root, ELECTION_CONTESTS, { contests: [MALANG], extra: 1 }).code).toBe(
      'GENESIS_CONTESTS_INVALID',
    );
    // Nothing refused changed the contests.
    expect(genesisOf(log.ledger)?.contests.map((c) => c.id)).toEqual([BATU.id]);
  });

  it('refuses a genesis that names one contest twice', () => {
    expect(() => new RecapTestLog({ contests: [BATU, BATU] })).toThrow(
      expect.objectContaining({ code: 'CONTEST_ALREADY_DEFINED' }),
    );
  });
});
