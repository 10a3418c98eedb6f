/**
 * The storage contract: written once, run against every adapter
 * (sqlite.test.ts, postgres.test.ts). Each guarantee in store.ts is proved here.
 */
import { describe, expect } from 'vitest';
import { contractHooks } from '../../test/support/stores.js';
import type { TestStore } from '../../test/support/stores.js';
import { migrate } from './open.js';
import type { Store } from './store.js';
import { ensureRegionsLoaded } from '../services/regions/load.js';
import type { RegionCode } from '../core/regions/index.js';
import { generateRegistry } from '../core/registry/index.js';
import type { CandidatePair, Contest } from '../core/elections/index.js';

const rc = (s: string) => s as RegionCode;

export function defineStoreContract(name: string, open: () => Promise<TestStore | null>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    const run = contractHooks(open, (s) => (store = s));

    run('migrations are idempotent', async () => {
      await migrate(store);
      await migrate(store);
      expect(await store.meta.get('nothing')).toBeUndefined();
      await store.meta.set('k', 'v1');
      await store.meta.set('k', 'v2');
      expect(await store.meta.get('k')).toBe('v2');
    });

    run('loads the whole official hierarchy once, with exact counts', async () => {
      const first = await ensureRegionsLoaded(store);
      expect(first.loaded).toBe(true);
      expect(first.counts).toEqual({ province: 38, regency: 514, district: 7285, village: 83762 });
      const again = await ensureRegionsLoaded(store);
      expect(again.loaded).toBe(false);
      expect(again.counts).toEqual(first.counts);
    });

    run('navigates regions: get, children, ancestors, within', async () => {
      const batu = await store.regions.get(rc('3579'));
      expect(batu).toMatchObject({
        code: '3579',
        dotted: '35.79',
        level: 'regency',
        name: 'Kota Batu',
        parent: '35',
      });
      expect((await store.regions.children(rc('3579'))).map((r) => r.name)).toEqual([
        'Batu',
        'Bumiaji',
        'Junrejo',
      ]);
      expect((await store.regions.children(null)).length).toBe(38);
      expect((await store.regions.ancestors(rc('3579011001'))).map((r) => r.code)).toEqual([
        '35',
        '3579',
        '357901',
      ]);
      expect((await store.regions.within(rc('3579'), 'village')).length).toBe(24);
      expect(await store.regions.get(rc('9999'))).toBeUndefined();
    });

    run('keeps and reports a KPU-only code without dropping it', async () => {
      const now = new Date('2024-11-28T00:00:00Z');
      await store.regions.keepKpuCode(
        { code: '3579039999', level: 4, parent: '357903', name: 'Desa KPU' },
        'test',
        now,
      );
      await store.regions.keepKpuCode(
        { code: '3579039999', level: 4, parent: '357903', name: 'Desa KPU' },
        'test',
        now,
      );
      expect(await store.regions.get(rc('3579039999'))).toMatchObject({ source: 'kpu', name: 'Desa KPU' });
      const issues = await store.regions.issues();
      expect(issues.filter((i) => i.code === '3579039999')).toHaveLength(1);
    });

    run('stores elections, contests and pairs idempotently', async () => {
      const now = new Date('2024-08-01T00:00:00Z');
      const election = {
        id: 'e1',
        name: 'Pilkada',
        kind: 'pilkada' as const,
        votingDay: '2024-11-27',
        ballotReservePermille: 25,
      };
      await store.elections.putElection(election, now);
      await store.elections.putElection({ ...election, name: 'Pilkada 2024' }, now);
      expect(await store.elections.elections()).toEqual([{ ...election, name: 'Pilkada 2024' }]);
      const contests: Array<[Contest, CandidatePair[]]> = [
        [contest('e1-pkwkp-35', 'governor', '35', 'pkwkp'), pairs('e1-pkwkp-35', ['g1', 'g2'])],
        [contest('e1-pkwkk-3579', 'mayor', '3579', 'pkwkk'), pairs('e1-pkwkk-3579', ['b1', 'b2', 'b3'])],
        [contest('e1-pkwkk-3578', 'mayor', '3578', 'pkwkk'), pairs('e1-pkwkk-3578', ['s1', 's2'], true)],
        [contest('e1-pkwkk-3325', 'regent', '3325', 'pkwkk'), pairs('e1-pkwkk-3325', ['t1', 't2'])],
      ];
      for (const [c, p] of contests) await store.elections.putContest(c, p);
      for (const [c, p] of contests) await store.elections.putContest(c, p);
      const batu = await store.elections.contest('e1-pkwkk-3579');
      expect(batu?.pairs.map((p) => [p.id, p.ballotNumber, p.emptyColumn])).toEqual([
        ['b1', 1, false],
        ['b2', 2, false],
        ['b3', 3, false],
      ]);
      expect((await store.elections.contest('e1-pkwkk-3578'))?.pairs[1]?.emptyColumn).toBe(true);
      expect((await store.elections.contests({ region: rc('357901') })).map((c) => c.id)).toEqual([
        'e1-pkwkp-35',
        'e1-pkwkk-3579',
      ]);
      expect((await store.elections.contests({ region: rc('35') })).map((c) => c.id)).toEqual([
        'e1-pkwkp-35',
        'e1-pkwkk-3578',
        'e1-pkwkk-3579',
      ]);
      expect(await store.elections.countContests('e1')).toEqual({ contests: 4, pairs: 9, singlePair: 1 });
    });

    run('bulk-inserts a TPS registry, all or nothing, and sums it as numbers', async () => {
      const villages = (await store.regions.within(rc('3579'), 'village')).map((v) => ({
        code: v.code,
        name: v.name,
      }));
      const list = generateRegistry({ villages, totalTps: 302, seed: 'contract' });
      await store.tps.insertMany(list);
      await store.tps.insertMany(list);
      const totals = await store.tps.totals(rc('3579'));
      expect(totals.tps).toBe(302);
      expect(totals.dptTotal).toBe(list.reduce((a, t) => a + t.dpt.total, 0));
      expect(typeof totals.dptTotal).toBe('number');
      const byDistrict = await store.tps.countByChild(rc('3579'));
      expect([...byDistrict.values()].reduce((a, b) => a + b, 0)).toBe(302);
      expect(typeof [...byDistrict.values()][0]).toBe('number');
      const first = list[0];
      expect(first).toBeDefined();
      expect(await store.tps.get(first!.code)).toEqual(first);
      expect((await store.tps.inVillage(first!.village)).length).toBeGreaterThan(0);

      const bad = [
        { ...first!, code: rc('3579011001901') },
        { ...first!, code: rc('3579011001902'), address: null as unknown as string },
      ];
      await expect(store.tps.insertMany(bad)).rejects.toThrow();
      expect(await store.tps.get(rc('3579011001901'))).toBeUndefined();
      expect((await store.tps.totals(rc('3579'))).tps).toBe(302);
    });
  });
}

function contest(id: string, kind: Contest['kind'], region: string, type: Contest['sirekapType']): Contest {
  return { id, electionId: 'e1', kind, region: region as RegionCode, name: id, sirekapType: type };
}

function pairs(contestId: string, ids: string[], lastEmpty = false): CandidatePair[] {
  return ids.map((id, i) => ({
    id,
    contestId,
    ballotNumber: i + 1,
    name: id,
    head: id,
    deputy: '',
    color: '#B67352',
    emptyColumn: lastEmpty && i === ids.length - 1,
  }));
}
