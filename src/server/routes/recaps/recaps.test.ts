import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sumFigures, figuresOfCHasil } from '../../../core/forms/index.js';
import { BATU, RecapTestLog, recapForm, ref } from '../../../core/recap/testing.js';
import type { Ingest } from '../../../ingest/ingest.js';
import { buildApp } from '../../app.js';
import { openTestSqlite } from '../../../../test/support/stores.js';
import type { TestStore } from '../../../../test/support/stores.js';

let t: TestStore;
let app: FastifyInstance;
let log: RecapTestLog;
const TPS_A = '3579011001001';
const TPS_B = '3579011001002';
const TPS_C = '3579011002001';

beforeAll(async () => {
  t = await openTestSqlite();
  log = new RecapTestLog();
  const kppsA = log.key('kpps-a', 'kpps', TPS_A);
  const kppsB = log.key('kpps-b', 'kpps', TPS_B);
  const kppsC = log.key('kpps-c', 'kpps', TPS_C);
  const saksi = log.key('saksi-1', 'saksi', '3579', '1000806');
  const a = log.append(kppsA, 'form.chasil', recapForm(BATU, TPS_A));
  log.append(kppsB, 'form.chasil', recapForm(BATU, TPS_B));
  const c = log.append(kppsC, 'form.chasil', recapForm(BATU, TPS_C));
  log.append(log.key('ppk-plenary', 'ppk', TPS_C.slice(0, 6)), 'form.correction', {
    supersedes: ref(c),
    form: recapForm(BATU, TPS_C, { votes: { '1000806': 119, '1000807': 71, '1000808': 30 } }),
    reason: 'salah tulis',
    plenary: 'Pleno PPK Batu',
  });
  log.append(saksi, 'form.attestation', {
    subject: ref(a),
    tps: TPS_A,
    contestId: BATU.id,
    verdict: 'object',
    reason: 'dua suara sah dihitung tidak sah',
  });
  const ingest = { ledger: log.ledger } as Pick<Ingest, 'ledger'> as Ingest;
  app = await buildApp({ store: t.store, ingest, config: { bodyLimit: 64 * 1024, logLevel: 'silent' } });
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

describe('GET /api/recaps/:contest/:region', () => {
  it('lists the reporting villages of a kecamatan with the figures a D.Hasil adds up, and the issues', async () => {
    const r = await app.inject({ url: `/api/recaps/${BATU.id}/357901` });
    expect(r.statusCode).toBe(200);
    const data = r.json().data;
    expect(data).toMatchObject({ level: 'district', region: '357901', signed: null, lockedBy: null });
    expect(data.children.map((c: { code: string }) => c.code)).toEqual(['3579011001', '3579011002']);
    const expected = sumFigures([recapForm(BATU, TPS_A), recapForm(BATU, TPS_B)].map(figuresOfCHasil));
    expect(data.children[0]).toMatchObject({ source: 'forms', reported: 2, figures: expected });
    expect(data.children[1].figures.votes).toMatchObject({ '1000806': 119, '1000807': 71 });
    const kinds = data.issues.map((i: { tps: string; kind: string }) => `${i.tps}:${i.kind}`);
    expect(kinds).toEqual(expect.arrayContaining([`${TPS_A}:objection`, `${TPS_C}:correction`]));
  });

  it('shows the signed D.Hasil, and the kab/kota recap takes it as its child', async () => {
    const ppk = log.key('ppk-batu', 'ppk', '357901');
    const view = (await app.inject({ url: `/api/recaps/${BATU.id}/357901` })).json().data;
    const figures = sumFigures(view.children.map((c: { figures: never }) => c.figures));
    const body = {
      contestId: BATU.id,
      region: '357901',
      level: 'district',
      ...figures,
      votes: {
        ...figures.votes,
        '1000806': figures.votes['1000806']! + 1,
        '1000808': figures.votes['1000808']! - 1,
      },
      children: view.children.map((c: { code: string }) => c.code),
      corrections: [
        {
          child: '3579011001',
          field: 'votes.1000806',
          old: view.children[0].figures.votes['1000806'],
          new: view.children[0].figures.votes['1000806'] + 1,
          reason: 'keberatan saksi diterima',
          plenary: 'Pleno PPK Batu',
        },
        {
          child: '3579011001',
          field: 'votes.1000808',
          old: view.children[0].figures.votes['1000808'],
          new: view.children[0].figures.votes['1000808'] - 1,
          reason: 'keberatan saksi diterima',
          plenary: 'Pleno PPK Batu',
        },
      ],
    };
    const signed = log.append(ppk, 'form.dhasil', body);
    const again = (await app.inject({ url: `/api/recaps/${BATU.id}/357901` })).json().data;
    expect(again.signed).toMatchObject({ index: signed.index, hash: signed.hash });
    expect(again.lockedBy).toBe('357901');
    const city = (await app.inject({ url: `/api/recaps/${BATU.id}/3579` })).json().data;
    expect(city.level).toBe('regency');
    expect(city.children).toEqual([
      expect.objectContaining({ code: '357901', source: 'dhasil', dhasilIndex: signed.index }),
    ]);
    expect(city.children[0].figures.votes['1000806']).toBe(body.votes['1000806']);
  });

  it('refuses a region that is no recap level or lies outside the contest', async () => {
    const tps = await app.inject({ url: `/api/recaps/${BATU.id}/3579011001` });
    expect(tps.json()).toMatchObject({ error: { code: 'RECAP_LEVEL_INVALID' } });
    const outside = await app.inject({ url: `/api/recaps/${BATU.id}/3325` });
    expect(outside.json()).toMatchObject({ error: { code: 'RECAP_REGION_OUTSIDE_CONTEST' } });
  });
});
