import { describe, expect, it } from 'vitest';
import { nodeCrypto, nodeSigner } from '../../crypto/node.js';
import { figuresOfCHasil, sumFigures } from '../forms/index.js';
import type { CHasil, DHasil, RecapCorrection } from '../forms/index.js';
import { tallyOf } from './tally-of.js';
import {
  FORM_CHASIL,
  FORM_CHASIL_IMPORT,
  FORM_CORRECTION,
  FORM_DHASIL,
  dhasilOf,
  lockOf,
  statusOf,
  tpsRecord,
} from './index.js';
import { BATU, RecapTestLog, importBody, recapForm, ref } from './testing.js';

const v = (a: number, b: number, c: number) => ({ '1000806': a, '1000807': b, '1000808': c });
const TPS = {
  a: '3579011001001',
  b: '3579011001002',
  c: '3579011002001',
  d: '3579022001001',
};

function setup() {
  const log = new RecapTestLog({ crypto: nodeCrypto, signer: nodeSigner });
  const kpps = log.key('kpps-batu', 'kpps', '3579');
  const ppk = log.key('ppk-batu', 'ppk', '357901');
  const ppkBumiaji = log.key('ppk-bumiaji', 'ppk', '357902');
  const kpu = log.key('kpu-batu', 'kpu', '3579');
  const forms: Record<string, CHasil> = {
    a: recapForm(BATU, TPS.a),
    b: recapForm(BATU, TPS.b, { votes: v(100, 90, 30) }),
    c: recapForm(BATU, TPS.c, { votes: v(20, 100, 100) }),
    d: recapForm(BATU, TPS.d),
  };
  const entries = Object.fromEntries(
    Object.entries(forms).map(([k, f]) => [k, log.append(kpps, FORM_CHASIL, f)]),
  );
  return { log, kpps, ppk, ppkBumiaji, kpu, forms, entries };
}

function dhasil(
  region: string,
  level: DHasil['level'],
  children: string[],
  parts: readonly CHasil[],
  corrections: RecapCorrection[] = [],
): DHasil {
  return {
    contestId: BATU.id,
    region,
    level,
    ...sumFigures(parts.map(figuresOfCHasil)),
    children,
    corrections,
  };
}

describe('form.dhasil', () => {
  it('accepts a district D.Hasil equal to its villages and locks the district', () => {
    const { log, kpps, ppk, forms, entries } = setup();
    const d = dhasil('357901', 'district', ['3579011001', '3579011002'], [forms.a!, forms.b!, forms.c!]);
    const entry = log.append(ppk, FORM_DHASIL, d);
    expect(dhasilOf(log.ledger, BATU.id, '357901')?.index).toBe(entry.index);
    expect(lockOf(log.ledger, BATU.id, TPS.a)?.index).toBe(entry.index);
    expect(statusOf(tpsRecord(log.ledger, BATU.id, TPS.a))).toBe('locked');
    expect(statusOf(tpsRecord(log.ledger, BATU.id, TPS.d))).toBe('submitted');
    expect(tallyOf(log.ledger).snapshot(BATU.id, '3579').status).toMatchObject({ locked: 3, submitted: 1 });

    const late = log.refuse(kpps, FORM_CHASIL, recapForm(BATU, '3579011001003'));
    expect([late.code, late.field]).toEqual(['RECAP_LOCKED', 'tps']);
    const correction = { supersedes: ref(entries.a!), form: forms.b, reason: 'x', plenary: 'y' };
    expect(log.refuse(ppk, FORM_CORRECTION, { ...correction, form: { ...forms.b!, tps: TPS.a } }).code).toBe(
      'RECAP_LOCKED',
    );
    const importer = log.key('importer', 'importer', '35');
    expect(log.refuse(importer, FORM_CHASIL_IMPORT, importBody(recapForm(BATU, '3579011002002'))).code).toBe(
      'RECAP_LOCKED',
    );
    expect(log.refuse(ppk, FORM_DHASIL, d).code).toBe('RECAP_ALREADY_LOCKED');
    log.append(kpps, FORM_CHASIL, recapForm(BATU, '3579022001002'));
  });

  it('refuses a D.Hasil that differs from its children, naming the field and both numbers', () => {
    const { log, ppk, forms } = setup();
    const d = dhasil('357901', 'district', ['3579011001', '3579011002'], [forms.a!, forms.b!, forms.c!]);
    const wrong = { ...d, votes: { ...d.votes, '1000806': 241 }, valid: d.valid + 1, total: d.total + 1 };
    const e = log.refuse(ppk, FORM_DHASIL, wrong);
    expect(e.code).toBe('RECAP_RULES_FAILED');
    expect(e.problems.map((p) => [p.code, p.fields[0]])).toEqual([
      ['RECAP_SUM_MISMATCH', 'votes.1000806'],
      ['RECAP_SUM_MISMATCH', 'valid'],
      ['RECAP_SUM_MISMATCH', 'total'],
    ]);
    expect(e.problems[0]?.message.en).toBe(
      "votes.1000806: D.Hasil 241, the children's sum (after recorded corrections) 240.",
    );
    expect(lockOf(log.ledger, BATU.id, TPS.a)).toBeUndefined();
  });

  it('accepts a difference covered by a correction recorded at the plenary; the regency adds it up', () => {
    const { log, ppk, kpu, forms } = setup();
    const d = dhasil('357901', 'district', ['3579011001', '3579011002'], [forms.a!, forms.b!, forms.c!]);
    const fix = (field: string, old: number): RecapCorrection => ({
      child: '3579011002',
      field,
      old,
      new: old + 5,
      reason: 'Hitung ulang kotak TPS 001 Ngaglik.',
      plenary: 'Pleno PPK Batu, 2024-11-29',
    });
    const corrected: DHasil = {
      ...d,
      votes: { ...d.votes, '1000808': d.votes['1000808']! + 5 },
      valid: d.valid + 5,
      total: d.total + 5,
      corrections: [fix('votes.1000808', 100), fix('valid', 220), fix('total', 227)],
    };
    log.append(ppk, FORM_DHASIL, corrected);

    const regency: DHasil = {
      ...dhasil('3579', 'regency', ['357901', '357902'], Object.values(forms)),
      votes: v(240 + 120, 260 + 70, 165 + 30),
      valid: corrected.valid + 220,
      total: corrected.total + 227,
    };
    expect(log.refuse(log.key('ppk-2', 'ppk', '3579'), FORM_DHASIL, regency).code).toBe('KEY_ROLE_MISMATCH');
    log.append(kpu, FORM_DHASIL, regency);
    expect(statusOf(tpsRecord(log.ledger, BATU.id, TPS.d))).toBe('locked');
    // The tally folds effective forms: the plenary's own correction is in the D.Hasil only.
    expect(tallyOf(log.ledger).snapshot(BATU.id, '3579').votes).toEqual(v(360, 330, 190));
  });

  it('lists children exactly: a TPS-level listing, a child without data, a child left out', () => {
    const { log, ppk, ppkBumiaji, forms } = setup();
    const missing = dhasil(
      '357901',
      'district',
      ['3579011001', '3579011002', '3579011003'],
      [forms.a!, forms.b!, forms.c!],
    );
    expect(log.refuse(ppk, FORM_DHASIL, missing).problems.map((p) => p.code)).toEqual([
      'RECAP_CHILD_MISSING',
    ]);
    const leftOut = dhasil('357901', 'district', ['3579011001'], [forms.a!, forms.b!]);
    expect(log.refuse(ppk, FORM_DHASIL, leftOut).problems.map((p) => p.code)).toEqual([
      'RECAP_CHILD_NOT_LISTED',
    ]);
    const mixed = dhasil('357901', 'district', ['3579011001', TPS.c], [forms.a!, forms.b!, forms.c!]);
    expect(log.refuse(ppk, FORM_DHASIL, mixed).problems.map((p) => p.code)).toEqual(['RECAP_CHILDREN_MIXED']);
    log.append(
      ppk,
      FORM_DHASIL,
      dhasil('357901', 'district', [TPS.a, TPS.b, TPS.c], [forms.a!, forms.b!, forms.c!]),
    );
    expect(log.refuse(ppk, FORM_DHASIL, { ...dhasil('357902', 'district', [TPS.d], [forms.d!]) }).code).toBe(
      'KEY_OUT_OF_SCOPE',
    );
    log.append(ppkBumiaji, FORM_DHASIL, dhasil('357902', 'district', [TPS.d], [forms.d!]));
  });

  it('refuses a lower D.Hasil inside a locked region, a region outside the contest, and wrong pairs', () => {
    const { log, kpu, ppkBumiaji, forms } = setup();
    log.append(kpu, FORM_DHASIL, dhasil('3579', 'regency', ['357901', '357902'], Object.values(forms)));
    const e = log.refuse(ppkBumiaji, FORM_DHASIL, dhasil('357902', 'district', [TPS.d], [forms.d!]));
    expect([e.code, e.field]).toEqual(['RECAP_LOCKED', 'region']);
    const jatim = log.key('kpu-jatim', 'kpu', '35');
    expect(
      log.refuse(jatim, FORM_DHASIL, dhasil('35', 'province', ['3579'], Object.values(forms))).code,
    ).toBe('RECAP_OUTSIDE_CONTEST');
    const log2 = setup();
    const d = dhasil('357902', 'district', [TPS.d], [forms.d!]);
    const renamed = { ...d, votes: { '1000806': 120, '1000807': 70, x: 30 } };
    expect(log2.log.refuse(log2.ppkBumiaji, FORM_DHASIL, renamed).problems.map((p) => p.code)).toEqual([
      'RECAP_PAIR_UNKNOWN',
      'RECAP_PAIR_MISSING',
      'RECAP_SUM_MISMATCH',
      'RECAP_SUM_MISMATCH',
    ]);
  });
});
