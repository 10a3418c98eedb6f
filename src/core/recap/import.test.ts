import { describeIf, sharedJson } from '../../../test/support/shared-data.js';
import { expect, it } from 'vitest';
import { nodeCrypto, nodeSigner } from '../../crypto/node.js';
import type { GenesisContest } from '../statements/index.js';
import { parseSirekapTps } from '../sirekap/index.js';
import { tallyOf } from './tally-of.js';
import { FORM_CHASIL, FORM_CHASIL_IMPORT, FORM_CORRECTION, anomalies, history } from './index.js';
import { RecapTestLog, importBody, recapForm, ref } from './testing.js';

/** A real Sirekap record: Pemilu 2024 president, TPS 002 of desa 1701082001 (Bengkulu). */
const sample = sharedJson<{ chart: Record<string, number | null> }>(
  'sirekap-samples/ppwp-tps-1701082001002.json',
) as { chart: Record<string, number | null> };
const describeReal = describeIf(sample);
const PRESIDENT: GenesisContest = {
  id: 'pemilu2024-ppwp-national',
  kind: 'president',
  region: 'national',
  name: 'Pemilihan Presiden dan Wakil Presiden',
  pairs: [
    { id: '100025', ballotNumber: 1, name: 'ANIES - MUHAIMIN', emptyColumn: false },
    { id: '100026', ballotNumber: 2, name: 'PRABOWO - GIBRAN', emptyColumn: false },
    { id: '100027', ballotNumber: 3, name: 'GANJAR - MAHFUD', emptyColumn: false },
  ],
};
const TPS = '1701082001002';
const at = { contestId: PRESIDENT.id, tps: TPS };

function setup() {
  const log = new RecapTestLog({
    crypto: nodeCrypto,
    signer: nodeSigner,
    contests: [PRESIDENT],
    ballotReservePermille: 20,
  });
  const importer = log.key('importer-bengkulu', 'importer', '17');
  return { log, importer };
}

describeReal('form.chasil-import', () => {
  it('keeps a real Sirekap record; rules Sirekap cannot express are not checkable', () => {
    const { log, importer } = setup();
    const { form } = parseSirekapTps(sample, at);
    log.append(importer, FORM_CHASIL_IMPORT, importBody(form, '2024-02-16 23:00:00'));
    const [entry] = history(log.ledger, PRESIDENT.id, TPS);
    expect(entry?.kind).toBe('import');
    expect(entry?.flags).toEqual([]);
    expect(entry?.notCheckable).toContain('FORM_BALLOTS_SUM');
    expect(entry?.source).toEqual({
      path: 'hhcw/17/1701/170108/1701082001/1701082001002.json',
      ts: '2024-02-16 23:00:00',
    });
    const s = tallyOf(log.ledger).snapshot(PRESIDENT.id, '17');
    expect([s.votes, s.valid, s.forms, s.imported, s.dpt.total]).toEqual([
      { '100025': 44, '100026': 78, '100027': 18 },
      140,
      1,
      1,
      174,
    ]);
  });

  it('keeps, flags and counts a record that breaks a rule (a misread 78 → 7800)', () => {
    const { log, importer } = setup();
    const misread = { ...sample, chart: { ...sample.chart, '100026': 7800 } };
    const entry = log.append(importer, FORM_CHASIL_IMPORT, importBody(parseSirekapTps(misread, at).form));
    const [version] = history(log.ledger, PRESIDENT.id, TPS);
    expect(version?.flags.map((p) => p.code)).toEqual(['FORM_VOTES_SUM']);
    expect(version?.warnings.map((p) => p.code)).toEqual(['FORM_VALUE_LARGE']);
    const s = tallyOf(log.ledger).snapshot(PRESIDENT.id, 'national');
    expect([s.votes['100026'], s.forms, s.imported, s.anomalies]).toEqual([
      7800,
      1,
      1,
      { tps: 1, warnings: 1, flags: 1 },
    ]);
    expect(anomalies(log.ledger, PRESIDENT.id).map((a) => [a.tps, a.index, a.kind])).toEqual([
      [TPS, entry.index, 'import'],
    ]);

    const kpps = log.key('kpps', 'kpps', TPS);
    expect(log.refuse(kpps, FORM_CHASIL, recapForm(PRESIDENT, TPS)).code).toBe('FORM_ALREADY_SUBMITTED');
    expect(log.refuse(importer, FORM_CHASIL_IMPORT, importBody(parseSirekapTps(sample, at).form)).code).toBe(
      'FORM_ALREADY_SUBMITTED',
    );
    const ppk = log.key('ppk', 'ppk', TPS.slice(0, 6));
    log.append(ppk, FORM_CORRECTION, {
      supersedes: ref(entry),
      form: recapForm(PRESIDENT, TPS, { ballots: { received: 306, unused: 78 } }),
      reason: 'Sirekap salah baca 78 sebagai 7800.',
      plenary: 'Pleno PPK, 2024-02-17',
    });
    const after = tallyOf(log.ledger).snapshot(PRESIDENT.id, 'national');
    expect([after.votes['100026'], after.imported, after.anomalies.tps]).toEqual([70, 0, 0]);
  });

  it('counts the known numbers of a record with unknown votes', () => {
    const { log, importer } = setup();
    const unread = { ...sample, chart: null };
    log.append(importer, FORM_CHASIL_IMPORT, importBody(parseSirekapTps(unread, at).form));
    const s = tallyOf(log.ledger).snapshot(PRESIDENT.id, TPS);
    expect([s.votes, s.valid, s.forms, s.level]).toEqual([
      { '100025': 0, '100026': 0, '100027': 0 },
      140,
      1,
      'tps',
    ]);
  });

  it('refuses an importer outside its region, a mismatched subject and a count no TPS holds', () => {
    const { log, importer } = setup();
    const { form } = parseSirekapTps(sample, at);
    const other = log.key('importer-aceh', 'importer', '11');
    expect(log.refuse(other, FORM_CHASIL_IMPORT, importBody(form)).code).toBe('KEY_OUT_OF_SCOPE');
    const mismatch = { ...importBody(form), tps: '1701082001003' };
    expect(log.refuse(importer, FORM_CHASIL_IMPORT, mismatch).code).toBe('IMPORT_SUBJECT_MISMATCH');
    const huge = parseSirekapTps({ ...sample, chart: { ...sample.chart, '100025': 3_514_615_000 } }, at).form;
    expect(log.refuse(importer, FORM_CHASIL_IMPORT, importBody(huge)).code).toBe('FORM_COUNT_TOO_LARGE');
    expect(log.refuse(importer, FORM_CHASIL_IMPORT, { ...importBody(form), extra: 1 }).code).toBe(
      'IMPORT_INVALID_SHAPE',
    );
  });
});
