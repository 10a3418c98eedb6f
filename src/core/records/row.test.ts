import { describe, expect, it } from 'vitest';
import { defineKind, withoutPersonal } from './kind.js';
import { f } from './fields.js';
import { columnsOf, fromRow, patchRow, toRow } from './row.js';
import { notFound } from './errors.js';

interface Visit {
  readonly id: string;
  readonly region: string;
  readonly on: string;
  readonly count: number;
  readonly checked: boolean | null;
  readonly contact: { readonly phone: string } | null;
  readonly goal: string;
  readonly notes: readonly string[];
}

const VISIT = defineKind<Visit>({
  name: 'visit',
  title: { id: 'Kunjungan', en: 'Visits' },
  source: 'api',
  table: 'visit',
  fields: {
    id: f.text(),
    region: f.text(),
    on: f.text({ column: 'visited_on' }),
    count: f.int(),
    checked: f.flagOrNull(),
    contact: f.jsonOrNull(),
    goal: f.text({ packedIn: 'body' }),
    notes: f.json({ packedIn: 'body' }),
  },
  region: 'region',
  period: 'on',
  order: [{ key: 'on', desc: true }],
  filters: [],
  personal: ['contact'],
  audit: { create: 'visit.create', snapshot: (v) => ({ on: v.on }) },
  actions: { read: 'visit.read' },
  exports: [],
  notFound: notFound('VISIT_NOT_FOUND', { id: 'Kunjungan', en: 'visit' }),
});

const v: Visit = {
  id: 'v1',
  region: '3579',
  on: '2024-11-27',
  count: 3,
  checked: false,
  contact: { phone: '0812' },
  goal: 'Cek "logistik"',
  notes: ['a', 'b'],
};

describe('record rows', () => {
  it('stores flags as 0/1, JSON as text, packed fields in one column, and reads them back', () => {
    const row = toRow(VISIT.fields, v);
    expect(row).toEqual({
      id: 'v1',
      region: '3579',
      visited_on: '2024-11-27',
      count: 3,
      checked: 0,
      contact: '{"phone":"0812"}',
      body: '{"goal":"Cek \\"logistik\\"","notes":["a","b"]}',
    });
    expect(fromRow(VISIT.fields, row)).toEqual(v);
    expect(fromRow(VISIT.fields, { ...row, count: '3', checked: null, contact: null })).toEqual({
      ...v,
      checked: null,
      contact: null,
    });
    expect(columnsOf(VISIT.fields)).toEqual([
      'id',
      'region',
      'visited_on',
      'count',
      'checked',
      'contact',
      'body',
    ]);
  });

  it('patches own columns only; packed fields cannot be patched one by one', () => {
    expect(patchRow(VISIT.fields, { checked: true, count: 4, on: undefined })).toEqual({
      checked: 1,
      count: 4,
    });
    expect(() => patchRow(VISIT.fields, { goal: 'x' })).toThrow('packed field goal');
    expect(() => patchRow(VISIT.fields, { nope: 1 })).toThrow('unknown field nope');
  });

  it('hides personal fields, and refuses a kind that names a field it does not have', () => {
    expect(withoutPersonal(VISIT, v)).toEqual({ ...v, contact: null });
    expect(() => defineKind({ ...VISIT, period: 'when' as never })).toThrow('visit: no field when');
    expect(VISIT.notFound()).toMatchObject({ code: 'VISIT_NOT_FOUND', field: 'id' });
  });
});
