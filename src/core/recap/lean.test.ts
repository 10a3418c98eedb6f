import { describe, expect, it } from 'vitest';
import { nodeCrypto, nodeSigner } from '../../crypto/node.js';
import { figuresOfCHasil, sumFigures } from '../forms/index.js';
import type { Ledger } from '../statements/index.js';
import { tallyOf } from './tally-of.js';
import {
  FORM_ATTESTATION,
  FORM_CHASIL,
  FORM_CHASIL_IMPORT,
  FORM_CORRECTION,
  FORM_DHASIL,
  FORM_INCIDENT,
  history,
  tpsRecord,
} from './index.js';
import { formOfEntry } from './form-of-entry.js';
import { BATU, RecapTestLog, importBody, recapForm, ref } from './testing.js';

const v = (a: number, b: number, c: number) => ({ '1000806': a, '1000807': b, '1000808': c });
const TPS = ['3579011001001', '3579011001002', '3579011002001', '3579022001001', '3579022001002'] as const;
const REGIONS = ['national', '35', '3579', '357901', '357902', '3579011001', '3579022001', ...TPS];

/** Every kind of version and every status change: forms, an import, corrections, an objection, incidents, a lock. */
function election(): RecapTestLog {
  const log = new RecapTestLog({ crypto: nodeCrypto, signer: nodeSigner });
  const kpps = log.key('kpps-batu', 'kpps', '3579');
  const saksi = log.key('saksi-1', 'saksi', '3579', '1000806');
  const importer = log.key('importer', 'importer', '35');
  const ppk = log.key('ppk-batu', 'ppk', '357901');
  const a = log.append(kpps, FORM_CHASIL, recapForm(BATU, TPS[0]));
  const b = log.append(kpps, FORM_CHASIL, recapForm(BATU, TPS[1], { votes: v(100, 90, 30) }));
  log.append(kpps, FORM_CHASIL, recapForm(BATU, TPS[2], { votes: v(20, 100, 100) }));
  log.append(importer, FORM_CHASIL_IMPORT, importBody(recapForm(BATU, TPS[3], { votes: v(50, 60, 110) })));
  log.append(kpps, FORM_INCIDENT, {
    tps: TPS[4],
    contestId: BATU.id,
    description: 'Kotak suara terlambat tiba.',
    at: '2024-11-27T01:10:00Z',
  });
  log.append(saksi, FORM_ATTESTATION, {
    subject: ref(b),
    tps: TPS[1],
    contestId: BATU.id,
    verdict: 'object',
    reason: 'Suara paslon 1 kurang.',
  });
  const fixed = log.append(ppk, FORM_CORRECTION, {
    supersedes: ref(b),
    form: recapForm(BATU, TPS[1], { votes: v(110, 80, 30) }),
    reason: 'Salah salin dari plano.',
    plenary: 'Pleno PPK Batu, 2024-11-29',
  });
  log.append(ppk, FORM_CORRECTION, {
    supersedes: ref(fixed),
    form: recapForm(BATU, TPS[1], { votes: v(105, 85, 30) }),
    reason: 'Dihitung ulang.',
    plenary: 'Pleno PPK Batu, 2024-11-30',
  });
  const effective = TPS.slice(0, 3).map((tps) => history(log.ledger, BATU.id, tps).at(-1)!.form);
  const sum = sumFigures(
    effective.map((f) => figuresOfCHasil(recapForm(BATU, f.tps, { votes: f.votes as never }))),
  );
  log.append(ppk, FORM_DHASIL, {
    contestId: BATU.id,
    region: '357901',
    level: 'district',
    ...sum,
    children: ['3579011001', '3579011002'],
    corrections: [],
  });
  log.append(kpps, FORM_INCIDENT, {
    tps: TPS[0],
    contestId: BATU.id,
    description: 'Listrik padam setelah rekap.',
    at: '2024-11-27T12:00:00Z',
  });
  expect(a.index).toBeGreaterThan(0);
  return log;
}

const snapshots = (ledger: Ledger) => REGIONS.map((r) => tallyOf(ledger).snapshot(BATU.id, r));

describe('a lean ledger (the server’s)', () => {
  it('keeps exactly the tallies of a full ledger, through imports, corrections, objections, incidents and a lock', () => {
    const log = election();
    const full = log.replay();
    const lean = log.replay({ lean: true });
    expect(lean.lean).toBe(true);
    expect(snapshots(lean)).toEqual(snapshots(full));
    expect(snapshots(lean)).toEqual(snapshots(log.ledger));
    const batu = tallyOf(lean).snapshot(BATU.id, '3579');
    expect(batu.status).toMatchObject({ locked: 3, submitted: 1, missing: 1 });
    const effective = TPS.slice(0, 4).map((t) => history(full, BATU.id, t).at(-1)!.form.votes ?? {});
    const pair = (id: string) => effective.reduce((n, votes) => n + (votes[id] ?? 0), 0);
    expect(batu.votes).toEqual(v(pair('1000806'), pair('1000807'), pair('1000808')));
    expect(pair('1000807')).toBe(
      history(full, BATU.id, TPS[0]).at(-1)!.form.votes!['1000807']! + 85 + 100 + 60,
    );
  });

  it('holds no form, and each version’s form reads back from its log entry as the full ledger holds it', () => {
    const log = election();
    const full = log.replay();
    const lean = log.replay({ lean: true });
    let versions = 0;
    for (const tps of TPS) {
      const fullHistory = tpsRecord(full, BATU.id, tps)?.history ?? [];
      const leanHistory = tpsRecord(lean, BATU.id, tps)?.history ?? [];
      expect(leanHistory.map((h) => h.index)).toEqual(fullHistory.map((h) => h.index));
      leanHistory.forEach((version, i) => {
        expect(() => version.form).toThrow(expect.objectContaining({ code: 'FORM_NOT_IN_MEMORY' }));
        const entry = log.entries[version.index]!;
        expect(formOfEntry(entry.bytes, version.kind)).toEqual(fullHistory[i]!.form);
        versions++;
      });
    }
    expect(versions).toBe(6); // three forms, an import, two corrections
  });
});
