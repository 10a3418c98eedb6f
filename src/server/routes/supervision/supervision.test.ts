/**
 * Supervision through the HTTP app: records, a laporan walked through its
 * states by the roles allowed (and refused to the others), the reporter's
 * identity shown only to handlers in scope, the deadline lists and the recap
 * in every format.
 */
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHarness, firstTps } from '../../../../test/support/auth.js';
import type { AuthHarness, TestAccount } from '../../../../test/support/auth.js';

let h: AuthHarness;
let tps: string;
const who: Record<string, TestAccount> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await authHarness();
  tps = await firstTps(h.t.store, '357901');
  const accounts: Array<[string, string, string, boolean]> = [
    ['ptps', 'ptps', tps, false],
    ['panwascam', 'panwascam', '357901', false],
    ['kab', 'bawaslu-kabkota', '3579', true],
    ['kabOther', 'bawaslu-kabkota', '3325', true],
    ['kpu', 'kpu-kabkota', '3579', true],
  ];
  for (const [name, role, scope, totp] of accounts) {
    who[name] = await h.account(role as never, scope, { totp });
    tokens[name] = await h.bearer(who[name] as TestAccount);
  }
});
afterAll(() => h.close());

const call = (as: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  h.inject({
    method,
    url,
    headers: { authorization: `Bearer ${tokens[as]}` },
    ...(payload === undefined ? {} : { payload }),
  });

describe('supervision records', () => {
  it('records Model A, prevention and APK in scope, refusing future dates and unknown regions', async () => {
    const a = await call('ptps', 'POST', '/api/supervision/reports', {
      region: tps,
      stage: 'voting',
      supervisorName: 'PTPS',
      assignmentLetter: 'ST-1',
      activity: 'direct',
      startedAt: '2024-11-27T00:00:00+07:00',
      occurredOn: '2024-11-27',
      summary: 'Nihil',
    });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json().data).toMatchObject({ supervisorRole: 'ptps', region: tps });
    const future = await call('panwascam', 'POST', '/api/supervision/prevention', {
      region: '357901',
      stage: 'campaign',
      kind: 'letter',
      addressee: 'Tim',
      subject: 'Imbauan',
      occurredOn: '2024-11-28',
    });
    expect(future.json().error).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'occurredOn' });
    const unknown = await call('kab', 'POST', '/api/supervision/apk', {
      region: '357999',
      kind: 'removed',
      place: 'Jalan',
      count: 4,
      pairOrParty: 'P',
      occurredOn: '2024-11-20',
    });
    expect(unknown.json().error.code).toBe('SUPERVISION_REGION_UNKNOWN');
    const apk = await call('kab', 'POST', '/api/supervision/apk', {
      region: '357901',
      kind: 'removed',
      place: 'Jalan',
      count: 40,
      pairOrParty: 'P',
      occurredOn: '2024-11-20',
    });
    expect(apk.statusCode, apk.body).toBe(201);
  });
});

describe('a laporan through its states', () => {
  it('walks check → register → study → more information → forward, by the roles allowed', async () => {
    const created = await call('panwascam', 'POST', '/api/supervision/cases', {
      origin: 'report',
      region: '357901',
      category: 'neutrality',
      stage: 'campaign',
      title: 'ASN berkampanye',
      description: 'Kepala dinas hadir di kampanye',
      knownOn: '2024-11-18',
      reporter: { kind: 'monitor', name: 'Budi Pemantau', contact: 'budi@example.org' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json().data;
    // Received on 27 Nov (WIB), 9 days after 18 Nov: late; due 30 Nov.
    expect(c).toMatchObject({
      state: 'received',
      late: true,
      dueOn: '2024-11-30',
      reporter: { name: 'Budi Pemantau' },
    });
    const step = (as: string, body: object) =>
      call(as, 'POST', `/api/supervision/cases/${c.id}/transitions`, body);
    expect((await step('ptps', { action: 'check', formalMet: true, materialMet: true })).statusCode).toBe(
      403,
    );
    expect(
      (await step('kabOther', { action: 'check', formalMet: true, materialMet: true })).json().error.code,
    ).toBe('SCOPE_FORBIDDEN');
    expect((await step('panwascam', { action: 'register', registerNumber: 'R1' })).json().error.code).toBe(
      'CASE_STATE_CONFLICT',
    );
    expect(
      (await step('panwascam', { action: 'check', formalMet: true, materialMet: true })).statusCode,
    ).toBe(200);
    expect((await step('panwascam', { action: 'register' })).json().error).toMatchObject({
      code: 'CASE_FIELD_REQUIRED',
      field: 'registerNumber',
    });
    expect(
      (await step('panwascam', { action: 'register', registerNumber: '001/Reg/LP/PB/Kota/16.05/XI/2024' }))
        .statusCode,
    ).toBe(200);
    expect((await step('panwascam', { action: 'study' })).statusCode).toBe(200);
    const ext = await step('kab', { action: 'request-information', note: 'Mohon kirim foto kegiatan' });
    expect(ext.json().data).toMatchObject({
      state: 'awaiting-information',
      extended: true,
      dueOn: '2024-12-02',
    });
    expect((await step('kab', { action: 'information-received' })).statusCode).toBe(200);
    expect(
      (await step('panwascam', { action: 'forward-agency', note: 'Netralitas ASN', agency: 'BKN' })).json()
        .error.code,
    ).toBe('CASE_ROLE_FORBIDDEN');
    const fwd = await step('kab', { action: 'forward-agency', note: 'Netralitas ASN', agency: 'BKN' });
    expect(fwd.json().data).toMatchObject({ state: 'forwarded-agency', outcome: 'other-law', agency: 'BKN' });

    const asPtps = await call('ptps', 'GET', `/api/supervision/cases/${c.id}`);
    expect(asPtps.statusCode).toBe(403); // the case is in the kecamatan, outside a PTPS's TPS
    const asKab = (await call('kab', 'GET', `/api/supervision/cases/${c.id}`)).json().data;
    expect(asKab.reporter.name).toBe('Budi Pemantau');
    expect(asKab.timeline.map((e: { action: string }) => e.action)).toEqual([
      'receive',
      'check',
      'register',
      'study',
      'request-information',
      'information-received',
      'forward-agency',
    ]);
    const audit = await h.t.store.auth.audit.list({
      action: 'supervision.case.transition',
      targetId: c.id,
      limit: 20,
    });
    expect(audit).toHaveLength(6);
    expect(JSON.stringify(audit)).not.toContain('Budi');
  });

  it('hides the reporter from PTPS and PKD reading cases in their own area', async () => {
    const created = await call('panwascam', 'POST', '/api/supervision/cases', {
      origin: 'report',
      region: tps,
      category: 'money-politics',
      title: 'Amplop',
      description: 'Uang',
      knownOn: '2024-11-26',
      reporter: { kind: 'voter', name: 'Rahasia Sekali', contact: '0812' },
    });
    const r = await call('ptps', 'GET', `/api/supervision/cases/${created.json().data.id}`);
    expect(r.statusCode).toBe(200);
    expect(r.json().data).toMatchObject({ reporter: null, reporterHidden: true });
    expect(r.body).not.toContain('Rahasia');
    expect((await call('ptps', 'GET', '/api/supervision/cases')).body).not.toContain('Rahasia');
  });
});

describe('deadlines and recap', () => {
  it('lists overdue and due-soon cases', async () => {
    h.clock.advance(3 * 86_400_000);
    const r = await call('kab', 'GET', '/api/supervision/due?hours=48');
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json().data;
    expect(d.overdue.cases.length + d.dueSoon.cases.length).toBeGreaterThan(0);
    for (const c of d.overdue.cases) expect(c.overdue).toBe(true);
  });

  it('answers the recap as JSON, CSV, XLSX and PDF; public stats carry no identity', async () => {
    const q = 'region=3579&from=2024-11-01&to=2024-11-30';
    const json = (await call('kab', 'GET', `/api/supervision/recap?${q}`)).json().data;
    expect(json).toMatchObject({ supervision: { total: 1 }, apk: { total: 40 } });
    expect(json.violations.reportsRegistered + json.violations.reportsPending).toBe(2);
    const csv = await call('kab', 'GET', `/api/supervision/recap?${q}&format=csv&lang=en`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('summary,apk,APK removed,40');
    const xlsx = await call('kab', 'GET', `/api/supervision/recap?${q}&format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(5).values).toContain(40);
    const pdf = await call('kab', 'GET', `/api/supervision/recap?${q}&format=pdf`);
    expect((await PDFDocument.load(pdf.rawPayload)).getPageCount()).toBeGreaterThan(0);
    expect((await call('kpu', 'GET', `/api/supervision/recap?${q}`)).statusCode).toBe(403);
    const pub = await h.inject({ method: 'GET', url: `/api/public/supervision/stats?${q}` });
    expect(pub.json().data.apk.total).toBe(40);
    expect(pub.body).not.toContain('Budi');
    const bad = await h.inject({
      method: 'GET',
      url: '/api/public/supervision/stats?from=2024-12-01&to=2024-11-01',
    });
    expect(bad.json().error.code).toBe('PERIOD_INVALID');
  });

  it('takes a public report without evidence on a server without a data directory, and refuses evidence there', async () => {
    const form = {
      region: '3579',
      category: 'hoax',
      title: 'Hoaks',
      description: 'Pesan berantai',
      knownOn: '2024-11-29',
      reporter: { kind: 'voter', name: 'Anon', contact: '-' },
    };
    const ok = await h.inject({ method: 'POST', url: '/api/public/supervision/reports', payload: form });
    expect(ok.statusCode, ok.body).toBe(201);
    const no = await h.inject({
      method: 'POST',
      url: '/api/public/supervision/reports',
      payload: {
        ...form,
        evidence: [{ mediaType: 'application/pdf', data: Buffer.from('%PDF-1.4').toString('base64') }],
      },
    });
    expect(no.json().error).toMatchObject({ code: 'EVIDENCE_UNAVAILABLE', field: 'evidence' });
  });
});
