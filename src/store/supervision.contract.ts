/**
 * The storage contract for supervision, written once and run against SQLite
 * and PostgreSQL (supervision-sqlite.test.ts, supervision-postgres.test.ts).
 * The recap test loads Kabupaten Batang's (33.25) Pemilu 2024 numbers as
 * Bawaslu Batang published them, mixed with other regions and periods,
 * through the bulk path, and checks that each recap adds up exactly.
 */
import { describe, expect } from 'vitest';
import { contractHooks } from '../../test/support/stores.js';
import type { TestStore } from '../../test/support/stores.js';
import { batchFor, violation } from '../../test/support/supervision.js';
import type { Spec } from '../../test/support/supervision.js';
import type { RegionCode } from '../core/regions/index.js';
import type { Store } from './store.js';

const PEMILU = { from: '2023-01-01', to: '2024-06-30' } as const;
const PILKADA = { from: '2024-08-27', to: '2025-01-31' } as const;
const BATANG_CODES = ['3325', '332501', '3325012001', '3325012001001', '332510'];

/** Bawaslu Kabupaten Batang, Pemilu 2024 (docs/DOMAIN.md §6). */
const BATANG_PEMILU: Spec = {
  tag: 'batang-pemilu',
  regions: BATANG_CODES,
  ...PEMILU,
  counts: {
    prevention: 7943,
    supervision: 15014,
    apk: 22860,
    apkActions: 37,
    psap: 3,
    findings: 16,
    reportsRegistered: 1,
    reportsNotRegistered: 2,
  },
};

const OTHERS: Spec[] = [
  {
    tag: 'batang-pilkada',
    regions: BATANG_CODES,
    ...PILKADA,
    counts: {
      prevention: 120,
      supervision: 340,
      apk: 901,
      apkActions: 5,
      psap: 1,
      kpuDisputes: 1,
      findings: 4,
      reportsRegistered: 2,
      reportsPending: 1,
    },
  },
  // The day before and the day after the Pemilu period, in Batang.
  {
    tag: 'batang-before',
    regions: ['3325'],
    from: '2022-12-31',
    to: '2022-12-31',
    counts: { prevention: 2, supervision: 3, apk: 7, apkActions: 1, findings: 1 },
  },
  {
    tag: 'batang-after',
    regions: ['332501'],
    from: '2024-07-01',
    to: '2024-07-01',
    counts: { prevention: 5, supervision: 1, psap: 1, reportsNotRegistered: 1 },
  },
  // Neighbouring Kabupaten Pekalongan (33.26) and the province itself (33).
  {
    tag: 'pekalongan',
    regions: ['3326', '332601'],
    ...PEMILU,
    counts: {
      prevention: 50,
      supervision: 60,
      apk: 70,
      apkActions: 2,
      psap: 1,
      findings: 2,
      reportsRegistered: 1,
    },
  },
  { tag: 'jateng', regions: ['33'], ...PEMILU, counts: { prevention: 11, supervision: 12, findings: 1 } },
  // Kota Balikpapan (64.71), WITA.
  {
    tag: 'balikpapan',
    regions: ['6471', '647101'],
    ...PEMILU,
    counts: {
      prevention: 300,
      supervision: 412,
      apk: 1234,
      apkActions: 4,
      psap: 2,
      kpuDisputes: 1,
      findings: 5,
      reportsRegistered: 3,
      reportsNotRegistered: 1,
      reportsPending: 2,
    },
  },
];

export function defineSupervisionContract(name: string, open: () => Promise<TestStore | null>): void {
  describe(`supervision storage contract: ${name}`, () => {
    let store: Store;
    const run = contractHooks(open, (s) => (store = s));

    run(
      'recaps Batang’s Pemilu 2024 exactly, without leaks, and every other region and period too',
      async () => {
        const batch = batchFor([BATANG_PEMILU, ...OTHERS]);
        await store.supervision.load(batch);
        await store.supervision.load(batchFor([BATANG_PEMILU])); // idempotent
        const batang = await store.supervision.recaps.recap({ within: '3325', ...PEMILU });
        expect(batang.prevention.total).toBe(7943);
        expect(batang.supervision.total).toBe(15014);
        expect(batang.apk.total).toBe(22860);
        expect(batang.apk.actions).toBe(37);
        expect(batang.psap.total).toBe(3);
        expect(batang.kpuDisputes.total).toBe(0);
        expect(batang.violations).toMatchObject({
          findings: 16,
          reportsRegistered: 1,
          reportsNotRegistered: 2,
          reportsPending: 0,
        });
        expect(Object.values(batang.violations.byCategory).reduce((a, b) => a + b, 0)).toBe(19);
        expect(batang.violations.byOutcome).toEqual({ administrative: 1 });
        expect(Object.values(batang.supervision.byStage).reduce((a, b) => a + b, 0)).toBe(15014);

        const pilkada = await store.supervision.recaps.recap({ within: '3325', ...PILKADA });
        expect(headline(pilkada)).toEqual([120, 340, 901, 1, 1, 4, 2, 0, 1]);
        const balikpapan = await store.supervision.recaps.recap({ within: '6471', ...PEMILU });
        expect(headline(balikpapan)).toEqual([300, 412, 1234, 2, 1, 5, 3, 1, 2]);
        const province = await store.supervision.recaps.recap({ within: '33', ...PEMILU });
        expect(headline(province)).toEqual([
          7943 + 50 + 11,
          15014 + 60 + 12,
          22860 + 70,
          4,
          0,
          16 + 2 + 1,
          2,
          2,
          0,
        ]);
        const all = await store.supervision.recaps.recap({
          within: null,
          from: '2000-01-01',
          to: '2099-12-31',
        });
        const loaded = [BATANG_PEMILU, ...OTHERS];
        const total = (k: keyof Spec['counts']) => loaded.reduce((a, s) => a + (s.counts[k] ?? 0), 0);
        expect(headline(all)).toEqual([
          total('prevention'),
          total('supervision'),
          total('apk'),
          total('psap'),
          total('kpuDisputes'),
          total('findings'),
          total('reportsRegistered'),
          total('reportsNotRegistered'),
          total('reportsPending'),
        ]);
      },
    );

    run('moves a case only from the state it was decided from, and finds it by tracking code', async () => {
      const c = {
        ...violation('case-x', 'report', 'received', '3325012001' as RegionCode, '2024-11-02'),
        trackingCode: '7KQM-4XRT-H2NC',
      };
      await store.supervision.cases.insert(c);
      await expect(store.supervision.cases.insert({ ...c, id: 'case-y' })).rejects.toThrow();
      expect(await store.supervision.cases.findBy('trackingCode', '7KQM-4XRT-H2NC')).toEqual(c);
      const both = await Promise.all([
        store.supervision.cases.update('case-x', 'received', { state: 'checked', requirementsMet: true }),
        store.supervision.cases.update('case-x', 'received', { state: 'checked', requirementsMet: false }),
      ]);
      expect(both.filter(Boolean)).toHaveLength(1);
      expect((await store.supervision.cases.byId('case-x'))?.state).toBe('checked');
    });

    run('lists open cases due soon, overdue first, within a region', async () => {
      const mk = (id: string, region: string, dueAt: string, state: 'study' | 'stopped' = 'study') => ({
        ...violation(id, 'finding', state, region as RegionCode, '2024-11-20'),
        dueAt,
      });
      await store.supervision.load({
        cases: [
          mk('due-1', '3324', '2024-11-25T17:00:00.000Z'),
          mk('due-2', '332401', '2024-11-27T17:00:00.000Z'),
          mk('due-3', '332401', '2024-11-30T17:00:00.000Z'),
          mk('due-4', '332401', '2024-11-24T17:00:00.000Z', 'stopped'),
          mk('due-5', '6471', '2024-11-25T17:00:00.000Z'),
        ],
      });
      const due = await store.supervision.cases.due({
        within: '3324',
        states: ['study'],
        soonUntil: '2024-11-28T00:00:00.000Z',
        limit: 10,
      });
      expect(due.map((c) => c.id)).toEqual(['due-1', 'due-2']);
    });

    run('numbers timeline events per subject and rolls back a write with its audit entry', async () => {
      const ev = {
        subjectId: 's1',
        at: '2024-11-27T01:00:00.000Z',
        action: 'check',
        fromState: 'received',
        toState: 'checked',
        actorRole: 'panwascam',
        note: null,
      };
      expect((await store.supervision.events.append(ev)).seq).toBe(1);
      expect((await store.supervision.events.append({ ...ev, action: 'register' })).seq).toBe(2);
      const head = await store.auth.audit.head();
      await expect(
        store.supervision.transaction(async (tx) => {
          await tx.events.append({ ...ev, action: 'study' });
          await tx.audit.append({
            at: ev.at,
            channel: 'system',
            actorId: null,
            actorUsername: null,
            actorRole: null,
            ip: null,
            action: 'supervision.case.transition',
            targetType: 'violation-case',
            targetId: 's1',
            region: '3325',
            before: null,
            after: null,
          });
          throw new Error('fail after writing');
        }),
      ).rejects.toThrow('fail after writing');
      expect((await store.supervision.events.list('s1')).map((e) => e.action)).toEqual(['check', 'register']);
      expect(await store.auth.audit.head()).toEqual(head);
    });
  });
}

function headline(r: Awaited<ReturnType<Store['supervision']['recaps']['recap']>>): number[] {
  const v = r.violations;
  return [
    r.prevention.total,
    r.supervision.total,
    r.apk.total,
    r.psap.total,
    r.kpuDisputes.total,
    v.findings,
    v.reportsRegistered,
    v.reportsNotRegistered,
    v.reportsPending,
  ];
}
