/**
 * The storage contract of the record kernel, written once and run against
 * SQLite and PostgreSQL (records-sqlite.test.ts, records-postgres.test.ts):
 * every kind's declared fields are exactly its table's columns; every kind
 * round-trips; a list in SQL selects what the same filter selects in memory
 * (core/records/query.ts); groups count and sum; a bulk load is idempotent.
 * A new module adds its kinds to KINDS.
 */
import { describe, expect } from 'vitest';
import { contractHooks } from '../../test/support/stores.js';
import type { TestStore } from '../../test/support/stores.js';
import { dispute, report, violation } from '../../test/support/supervision.js';
import { columnsOf, selectRecords } from '../core/records/index.js';
import type { RecordFilter, RecordKind } from '../core/records/index.js';
import type { RegionCode } from '../core/regions/index.js';
import {
  APK_KIND,
  CASE_KIND,
  DISPUTE_KIND,
  PREVENTION_KIND,
  SUPERVISION_REPORT_KIND,
} from '../core/supervision/index.js';
import { KERAWANAN_ENTRY_KIND } from '../core/kerawanan/index.js';
import type { ApkEnforcement, PreventionAction, StoredCase } from '../core/supervision/index.js';
import type { Store } from './store.js';

export const KINDS: readonly RecordKind<object>[] = [
  SUPERVISION_REPORT_KIND,
  PREVENTION_KIND,
  APK_KIND,
  CASE_KIND,
  DISPUTE_KIND,
  KERAWANAN_ENTRY_KIND,
] as unknown as RecordKind<object>[];

const T = '2024-11-27T01:00:00.000Z';
const r = (code: string) => code as RegionCode;

const prevention = (id: string, region: string, on: string): PreventionAction => ({
  id,
  region: r(region),
  stage: 'campaign',
  kind: 'letter',
  addressee: 'KPU Kabupaten',
  subject: 'Imbauan netralitas, "ASN" & kepala desa',
  occurredOn: on,
  createdAt: T,
  createdBy: null,
});

const apk = (id: string, region: string, on: string, count: number): ApkEnforcement => ({
  id,
  region: r(region),
  stage: 'quiet-period',
  kind: 'removed',
  place: 'Jl. Diponegoro',
  count,
  pairOrParty: 'Paslon 1',
  photos: ['a'.repeat(64), 'b'.repeat(64)],
  occurredOn: on,
  createdAt: T,
  createdBy: 'acc-1',
});

export function defineRecordsContract(name: string, open: () => Promise<TestStore | null>): void {
  describe(`record kernel contract: ${name}`, () => {
    let store: Store;
    const run = contractHooks(open, (s) => (store = s));

    run("every kind's fields are exactly its table's columns", async () => {
      const tables = await store.db.introspection.getTables();
      for (const kind of KINDS) {
        const table = tables.find((t) => t.name === kind.table);
        expect(table, kind.table).toBeDefined();
        expect(columnsOf(kind.fields).sort(), kind.name).toEqual(table?.columns.map((c) => c.name).sort());
      }
    });

    run('round-trips every kind: JSON, packed, flag, null and int fields come back as written', async () => {
      const withViolation = {
        ...report('rt-report', r('3325012001'), 'campaign', '2024-11-20'),
        violation: {
          event: 'Pembagian uang',
          place: 'Balai desa',
          time: '10.00',
          actor: 'Tim sukses',
          witnesses: ['A', 'B'],
          evidence: ['foto'],
          analysis: 'Memenuhi unsur',
          article: 'Pasal 187A',
        },
      };
      const c: StoredCase = {
        ...violation('rt-case', 'report', 'checked', r('3325012001'), '2024-11-21'),
        requirementsMet: true,
        trackingCode: 'RT00-0000-0001',
        evidence: [{ sha256: 'c'.repeat(64), size: 10, mediaType: 'image/png' }],
      };
      const samples: Array<[RecordKind<object>, object]> = [
        [SUPERVISION_REPORT_KIND as unknown as RecordKind<object>, withViolation],
        [PREVENTION_KIND as unknown as RecordKind<object>, prevention('rt-prev', '3325', '2024-11-20')],
        [APK_KIND as unknown as RecordKind<object>, apk('rt-apk', '332501', '2024-11-22', 12)],
        [CASE_KIND as unknown as RecordKind<object>, c],
        [
          DISPUTE_KIND as unknown as RecordKind<object>,
          { ...dispute('rt-d', 'psap', r('3325'), '2024-11-23'), special: true },
        ],
        [
          KERAWANAN_ENTRY_KIND as unknown as RecordKind<object>,
          {
            id: 'rt-k',
            instrumentId: 'ikp',
            instrumentVersion: 2,
            region: r('3325'),
            level: 'regency',
            answers: { a: 12.5, b: 0 },
            score: 49.33,
            band: 'high',
            flagged: ['a'],
            evidence: 'Rapat koordinasi',
            photos: [],
            assessedOn: '2024-10-01',
            extraSupervision: true,
            createdAt: T,
            createdBy: null,
            createdRole: 'bawaslu-kabkota',
          },
        ],
      ];
      for (const [kind, sample] of samples) {
        await store.records.of(kind).insert(sample);
        expect(await store.records.of(kind).byId((sample as { id: string }).id), kind.name).toEqual(sample);
      }
      expect(await store.records.of(CASE_KIND).findBy('trackingCode', 'RT00-0000-0001')).toEqual(c);
      expect(await store.records.of(CASE_KIND).byId('nope')).toBeUndefined();
    });

    run('selects in SQL exactly what the same filter selects in memory', async () => {
      const regions = ['3325', '332501', '3325012001', '3324', '6471'];
      const states = ['received', 'study', 'recommended-kpu', 'not-registered'] as const;
      const cases = Array.from({ length: 40 }, (_, i) =>
        violation(
          `sel-${String(i).padStart(2, '0')}`,
          i % 3 === 0 ? 'finding' : 'report',
          states[i % states.length] as StoredCase['state'],
          r(regions[i % regions.length] as string),
          `2024-11-${String(1 + (i % 28)).padStart(2, '0')}`,
          i,
        ),
      );
      await store.supervision.load({ cases });
      const filters: RecordFilter<StoredCase>[] = [
        { within: null, limit: 500 },
        { within: '3325', limit: 500 },
        { within: '3325', from: '2024-11-05', to: '2024-11-20', limit: 500 },
        { within: null, where: { state: 'study', origin: 'report' }, limit: 500 },
      ];
      for (const f of filters) {
        const inSql = (await store.records.of(CASE_KIND).list(f)).filter((c) => c.id.startsWith('sel-'));
        const inMemory = selectRecords(CASE_KIND, f, cases);
        expect(
          inSql.map((c) => c.id),
          JSON.stringify(f),
        ).toEqual(inMemory.map((c) => c.id));
      }
      const paged = await store.records.of(CASE_KIND).list({ within: '6471', limit: 3, offset: 2 });
      expect(paged.map((c) => c.id)).toEqual(
        selectRecords(CASE_KIND, { within: '6471', limit: 3, offset: 2 }, cases).map((c) => c.id),
      );
    });

    run('counts and sums groups over a region and period; a bulk load is idempotent', async () => {
      const rows = [
        apk('g-1', '3325', '2024-10-01', 5),
        apk('g-2', '332501', '2024-10-02', 7),
        { ...apk('g-3', '332501', '2024-10-03', 11), stage: 'campaign' as const },
        apk('g-4', '3324', '2024-10-02', 100),
        apk('g-5', '3325', '2024-12-01', 1000),
      ];
      await store.supervision.load({ apk: rows });
      await store.supervision.load({ apk: rows });
      const groups = await store.records
        .of(APK_KIND)
        .groups(['stage'], { within: '3325', from: '2024-10-01', to: '2024-10-31' }, 'count');
      expect(groups.sort((a, b) => String(a.stage).localeCompare(String(b.stage)))).toEqual([
        { stage: 'campaign', n: 1, sum: 11 },
        { stage: 'quiet-period', n: 2, sum: 12 },
      ]);
    });
  });
}
