import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importSirekapPaslon } from './import-paslon.js';
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
});
