/** Retention: personal fields older than the period are erased, newer ones and records without them are left. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSqlite } from '../../../test/support/stores.js';
import type { TestStore } from '../../../test/support/stores.js';
import { violation } from '../../../test/support/supervision.js';
import { CASE_KIND } from '../../core/supervision/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import { CLI } from '../accounts/index.js';
import { eraseExpired } from './erase.js';

let t: TestStore;
beforeAll(async () => {
  t = await openTestSqlite();
});
afterAll(() => t.dispose());

describe('personal-data retention', () => {
  it('erases reporters of cases received before the period, once, and audits each', async () => {
    const tps = '3579011001001' as RegionCode;
    const mk = (id: string, on: string, origin: 'report' | 'finding' = 'report') =>
      violation(id, origin, 'closed', tps, on);
    await t.store.supervision.load({
      cases: [
        mk('old-1', '2024-01-10'),
        mk('old-2', '2024-02-10'),
        mk('new-1', '2024-11-10'),
        mk('old-f', '2024-01-05', 'finding'),
      ],
    });
    const deps = { store: t.store, clock: () => new Date('2024-12-01T00:00:00.000Z') };
    expect(await eraseExpired(deps, CASE_KIND, CLI, 'receivedAt', 180)).toBe(2);
    const reporter = async (id: string) => (await t.store.supervision.cases.byId(id))?.reporter ?? null;
    expect(await reporter('old-1')).toBeNull();
    expect(await reporter('old-2')).toBeNull();
    expect((await reporter('new-1'))?.name).toBe('Pelapor');
    expect(await eraseExpired(deps, CASE_KIND, CLI, 'receivedAt', 180)).toBe(0);
    const audit = await t.store.auth.audit.list({ action: 'records.personal.erase', limit: 10 });
    expect(audit.map((a) => a.targetId).sort()).toEqual(['old-1', 'old-2']);
    expect(JSON.parse(String(audit[0]?.after))).toMatchObject({ reason: 'retention' });
    await expect(eraseExpired(deps, CASE_KIND, CLI, 'receivedAt', 0)).rejects.toThrow(RangeError);
  });
});
