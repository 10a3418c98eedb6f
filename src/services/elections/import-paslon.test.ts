import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importSirekapPaslon } from './import-paslon.js';
import { PPWP_2024 } from '../../core/elections/ppwp-fixture.js';
import { ensureRegionsLoaded } from '../regions/load.js';
import { describeWithSharedData } from '../../../test/support/shared-data.js';
import { openTestSqlite } from '../../../test/support/stores.js';
import type { TestStore } from '../../../test/support/stores.js';

describeWithSharedData("import of KPU's real Sirekap paslon files", (dir) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestSqlite();
    await ensureRegionsLoaded(t.store);
    await t.store.elections.putElection(
      {
        id: 'pilkada2024',
        name: 'Pilkada 2024',
        kind: 'pilkada',
        votingDay: '2024-11-27',
        ballotReservePermille: 25,
      },
      new Date(),
    );
  });
  afterAll(() => t.dispose());

  const load = (f: string): unknown =>
    JSON.parse(readFileSync(join(dir, 'pilkada2024', 'paslon', f), 'utf8'));

  it('imports 545 contests, 37 of them against the kolom kosong, idempotently', async () => {
    const gov = await importSirekapPaslon(t.store, 'pilkada2024', load('pkwkp.json'), new Date());
    const local = await importSirekapPaslon(t.store, 'pilkada2024', load('pkwkk.json'), new Date());
    expect([gov.contests, gov.pairs, gov.singlePair]).toEqual([37, 104, 1]);
    expect([local.contests, local.pairs, local.singlePair]).toEqual([508, 1490, 36]);
    await importSirekapPaslon(t.store, 'pilkada2024', load('pkwkk.json'), new Date());
    expect(await t.store.elections.countContests('pilkada2024')).toEqual({
      contests: 545,
      pairs: 1594,
      singlePair: 37,
    });
    const kinds = await t.store.elections.contests({ electionId: 'pilkada2024' });
    expect(kinds.filter((c) => c.kind === 'governor')).toHaveLength(37);
    expect(kinds.filter((c) => c.kind === 'mayor')).toHaveLength(93);
    expect(kinds.filter((c) => c.kind === 'regent')).toHaveLength(415);
  });

  it('keeps KPU names and ids: Kota Batu and the Surabaya kolom kosong', async () => {
    const batu = await t.store.elections.contest('pilkada2024-pkwkk-3579');
    expect(batu?.name).toBe('Pemilihan Wali Kota dan Wakil Wali Kota Batu');
    expect(batu?.pairs.map((p) => [p.id, p.ballotNumber, p.head])).toEqual([
      ['1000806', 1, 'NUROCHMAN, S.H., M.H.'],
      ['1000807', 2, 'FIRHANDO GUMELAR'],
      ['1000808', 3, 'KRIS DAYANTI'],
    ]);
    const sby = await t.store.elections.contest('pilkada2024-pkwkk-3578');
    expect(sby?.pairs.find((p) => p.emptyColumn)).toMatchObject({ id: '1000805', head: 'Kolom Kosong' });
    const papuaBarat = await t.store.elections.contest('pilkada2024-pkwkp-92');
    expect(papuaBarat?.pairs.some((p) => p.emptyColumn)).toBe(true);
  });

  it("imports KPU's flat presidential file (pemilu/ppwp.json) as the national contest, idempotently", async () => {
    const election = {
      id: 'pemilu2024',
      name: 'Pemilu 2024',
      kind: 'pemilu' as const,
      votingDay: '2024-02-14',
    };
    await t.store.elections.putElection({ ...election, ballotReservePermille: 20 }, new Date());
    const r = await importSirekapPaslon(t.store, 'pemilu2024', PPWP_2024, new Date());
    expect([r.type, r.contests, r.pairs, r.singlePair, r.unknownRegions]).toEqual(['ppwp', 1, 3, 0, []]);
    await importSirekapPaslon(t.store, 'pemilu2024', PPWP_2024, new Date());
    const contest = await t.store.elections.contest('pemilu2024-ppwp-national');
    expect(contest).toMatchObject({
      kind: 'president',
      region: 'national',
      name: 'Pemilihan Presiden dan Wakil Presiden',
      sirekapType: 'ppwp',
    });
    expect(contest?.pairs.map((p) => [p.id, p.ballotNumber, p.color])).toEqual([
      ['100025', 1, '#8CB9BD'],
      ['100026', 2, '#ECB159'],
      ['100027', 3, '#B67352'],
    ]);
    expect(await t.store.elections.countContests('pemilu2024')).toEqual({
      contests: 1,
      pairs: 3,
      singlePair: 0,
    });
  });

  it('refuses a file of the other kind of election, writing nothing', async () => {
    const before = await t.store.elections.countContests();
    await expect(importSirekapPaslon(t.store, 'pilkada2024', PPWP_2024, new Date())).rejects.toMatchObject({
      code: 'PASLON_ELECTION_KIND_MISMATCH',
    });
    await expect(
      importSirekapPaslon(t.store, 'pemilu2024', load('pkwkp.json'), new Date()),
    ).rejects.toMatchObject({
      code: 'PASLON_ELECTION_KIND_MISMATCH',
    });
    await expect(importSirekapPaslon(t.store, 'nowhere', PPWP_2024, new Date())).rejects.toMatchObject({
      code: 'ELECTION_NOT_FOUND',
    });
    expect(await t.store.elections.countContests()).toEqual(before);
  });
});
