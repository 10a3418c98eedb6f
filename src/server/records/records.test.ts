/**
 * Routes derived from a record kind: the export of a list as CSV, XLSX and
 * PDF (labelled in the asked language, guarded like the list, personal
 * fields never exported, formula characters neutralised), and the rules a
 * kind's declaration must keep.
 */
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHarness, firstTps } from '../../../test/support/auth.js';
import type { AuthHarness } from '../../../test/support/auth.js';
import { CASE_KIND } from '../../core/supervision/index.js';
import { policyAction } from './context.js';
import { recordRoutes } from './routes.js';
import { PageQuery } from './schema.js';

let h: AuthHarness;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await authHarness();
  const tps = await firstTps(h.t.store, '357901');
  for (const [name, role, scope] of [
    ['panwascam', 'panwascam', '357901'],
    ['kab', 'bawaslu-kabkota', '3579'],
    ['kpu', 'kpu-kabkota', '3579'],
  ] as const)
    tokens[name] = await h.bearer(await h.account(role, scope, { totp: role !== 'panwascam' }));
  for (const title of ['=HYPERLINK("http://x")', 'Politik uang di TPS'])
    expect(
      (
        await call('panwascam', 'POST', '/api/supervision/cases', {
          origin: 'report',
          region: tps,
          category: 'money-politics',
          title,
          description: 'Uraian',
          knownOn: '2024-11-26',
          reporter: { kind: 'voter', name: 'Pelapor Rahasia', contact: '0812' },
        })
      ).statusCode,
    ).toBe(201);
});
afterAll(() => h.close());

const call = (as: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  h.inject({
    method,
    url,
    headers: { authorization: `Bearer ${tokens[as]}` },
    ...(payload === undefined ? {} : { payload }),
  });

describe('record exports', () => {
  it('exports a list as CSV in the asked language, without personal fields, formulas neutralised', async () => {
    const id = await call('kab', 'GET', '/api/supervision/cases/export?region=3579&format=csv');
    expect(id.statusCode, id.body).toBe(200);
    expect(id.headers['content-type']).toContain('text/csv');
    expect(id.headers['content-disposition']).toContain('violation-case.csv');
    expect(id.body.startsWith('\uFEFFDiterima,Nomor register,Asal,Wilayah,Kategori')).toBe(true);
    expect(id.body).toContain('Politik uang di TPS');
    expect(id.body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(id.body).not.toContain('Rahasia');
    const en = await call('kab', 'GET', '/api/supervision/cases/export?region=3579&format=csv&lang=en');
    expect(en.body.split('\r\n')[0]).toBe(
      '\uFEFFReceived,Register number,Origin,Region,Category,Stage,Title,State,Outcome,Due,Late',
    );
    expect(en.body.trim().split('\r\n')).toHaveLength(3);
  });

  it('exports XLSX and PDF, filtered like the list, and refuses whom the list refuses', async () => {
    const xlsx = await call(
      'kab',
      'GET',
      '/api/supervision/cases/export?region=3579&format=xlsx&origin=report',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.rowCount).toBe(4);
    expect(ws?.getRow(2).values).toContain('Judul');
    const none = await call(
      'kab',
      'GET',
      '/api/supervision/cases/export?region=3579&format=csv&origin=finding',
    );
    expect(none.body.trim().split('\r\n')).toHaveLength(1);
    const pdf = await call('kab', 'GET', '/api/supervision/disputes/export?format=pdf');
    expect((await PDFDocument.load(pdf.rawPayload)).getPageCount()).toBe(1);
    expect((await call('kpu', 'GET', '/api/supervision/cases/export?region=3579')).statusCode).toBe(403);
    expect((await call('kab', 'GET', '/api/supervision/cases/export?format=doc')).statusCode).toBe(400);
  });
});

describe('erasing personal data on request', () => {
  it('erases the reporter of one case, audits it without the values, and leaves the case', async () => {
    const list = (await call('kab', 'GET', '/api/supervision/cases?region=3579')).json().data;
    const c = list.find((x: { title: string }) => x.title === 'Politik uang di TPS');
    expect(c.reporter.name).toBe('Pelapor Rahasia');
    expect(
      (await call('panwascam', 'POST', `/api/supervision/cases/${c.id}/erase-personal`, {})).statusCode,
    ).toBe(403);
    const r = await call('kab', 'POST', `/api/supervision/cases/${c.id}/erase-personal`, {
      note: 'Permintaan pelapor',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().data).toEqual({ erased: ['reporter'] });
    const after = (await call('kab', 'GET', `/api/supervision/cases/${c.id}`)).json().data;
    expect(after).toMatchObject({
      id: c.id,
      title: 'Politik uang di TPS',
      reporter: null,
      reporterHidden: false,
    });
    const audit = await h.t.store.auth.audit.list({
      action: 'records.personal.erase',
      targetId: c.id,
      limit: 5,
    });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0]?.after))).toEqual({
      erased: ['reporter'],
      reason: 'request',
      note: 'Permintaan pelapor',
    });
    expect(JSON.stringify(audit)).not.toContain('Rahasia');
    expect(
      (await call('kab', 'POST', `/api/supervision/cases/${c.id}/erase-personal`, {})).json().data,
    ).toEqual({ erased: [] });
    expect((await call('kab', 'POST', '/api/supervision/cases/nope/erase-personal', {})).statusCode).toBe(
      404,
    );
  });
});

describe('record route rules', () => {
  it('gives a kind projected from the log no write routes, and names only known policy actions', () => {
    const deps = { store: h.t.store, clock: () => new Date() };
    expect(() =>
      recordRoutes(Fastify(), {
        kind: { ...CASE_KIND, source: 'log' },
        path: '/x',
        tags: [],
        deps,
        query: PageQuery,
        present: (_r, c) => c,
        summaries: { list: 'x' },
        create: { body: PageQuery, run: () => Promise.reject(new Error('never')) },
      }),
    ).toThrow('projected from the log');
    expect(() => policyAction('supervision.nothing')).toThrow('no policy for action supervision.nothing');
  });
});
