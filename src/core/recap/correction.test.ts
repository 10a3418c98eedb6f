import { describe, expect, it } from 'vitest';
import { nodeCrypto, nodeSigner } from '../../crypto/node.js';
import { tallyOf } from './tally-of.js';
import { FORM_CHASIL, FORM_CORRECTION, history } from './index.js';
import { BATU, BATU_TPS, RecapTestLog, recapForm, ref } from './testing.js';
import type { LoggedEntry } from './testing.js';

const votes = (a: number, b: number, c: number) => ({ '1000806': a, '1000807': b, '1000808': c });

function setup() {
  const log = new RecapTestLog({ crypto: nodeCrypto, signer: nodeSigner });
  const kpps = log.key('kpps-temas-1', 'kpps', BATU_TPS);
  const ppk = log.key('ppk-batu', 'ppk', '357901');
  const original = log.append(kpps, FORM_CHASIL, recapForm(BATU, BATU_TPS));
  const correct = (
    supersedes: LoggedEntry,
    v: Record<string, number>,
    plenary = 'Pleno PPK Batu, 2024-11-29',
  ) => ({
    supersedes: ref(supersedes),
    form: recapForm(BATU, BATU_TPS, { votes: v }),
    reason: 'Salah salin dari plano.',
    plenary,
  });
  return { log, kpps, ppk, original, correct };
}

describe('form.correction', () => {
  it('keeps a chain of corrections in the history and moves the tally each time', () => {
    const { log, ppk, original, correct } = setup();
    const first = log.append(ppk, FORM_CORRECTION, correct(original, votes(110, 80, 30)));
    const second = log.append(
      ppk,
      FORM_CORRECTION,
      correct(first, votes(100, 90, 30), 'Pleno PPK Batu, 2024-11-30'),
    );
    const h = history(log.ledger, BATU.id, BATU_TPS);
    expect(h.map((e) => [e.index, e.kind, e.supersedes?.index, e.plenary])).toEqual([
      [original.index, 'chasil', undefined, undefined],
      [first.index, 'correction', original.index, 'Pleno PPK Batu, 2024-11-29'],
      [second.index, 'correction', first.index, 'Pleno PPK Batu, 2024-11-30'],
    ]);
    expect(h.map((e) => e.form.votes)).toEqual([votes(120, 70, 30), votes(110, 80, 30), votes(100, 90, 30)]);
    const snap = tallyOf(log.ledger).snapshot(BATU.id, '3579');
    expect([snap.votes, snap.forms, snap.status.corrected]).toEqual([votes(100, 90, 30), 1, 1]);
  });

  it('refuses a correction of a superseded entry, so an old one cannot be replayed into effect', () => {
    const { log, ppk, original, correct } = setup();
    const first = log.append(ppk, FORM_CORRECTION, correct(original, votes(110, 80, 30)));
    log.append(ppk, FORM_CORRECTION, correct(first, votes(100, 90, 30)));
    expect(() => log.submit(first.bytes)).toThrowError(expect.objectContaining({ code: 'CORRECTION_STALE' }));
    const stale = log.refuse(ppk, FORM_CORRECTION, correct(original, votes(120, 70, 30)));
    expect([stale.code, stale.field]).toEqual(['CORRECTION_STALE', 'supersedes.index']);
    expect(history(log.ledger, BATU.id, BATU_TPS).at(-1)?.form.votes).toEqual(votes(100, 90, 30));
  });

  it('refuses an unknown subject, a wrong hash, a broken form and a signer without authority', () => {
    const { log, ppk: kpps, original, correct } = setup();
    const wrongHash = {
      ...correct(original, votes(110, 80, 30)),
      supersedes: { index: original.index, hash: '0'.repeat(64) },
    };
    expect(log.refuse(kpps, FORM_CORRECTION, wrongHash).code).toBe('CORRECTION_SUBJECT_HASH_MISMATCH');
    const notAForm = { ...correct(original, votes(110, 80, 30)), supersedes: ref(log.entries[1]!) };
    expect(log.refuse(kpps, FORM_CORRECTION, notAForm).code).toBe('CORRECTION_SUBJECT_UNKNOWN');
    const broken = log.refuse(kpps, FORM_CORRECTION, correct(original, votes(111, 80, 30)));
    expect([broken.code, broken.problems.map((p) => p.code)]).toEqual([
      'FORM_RULES_FAILED',
      ['FORM_VOTES_SUM'],
    ]);
    const otherPpk = log.key('ppk-junrejo', 'ppk', '357903');
    expect(log.refuse(otherPpk, FORM_CORRECTION, correct(original, votes(110, 80, 30))).code).toBe(
      'KEY_OUT_OF_SCOPE',
    );
    const saksi = log.key('saksi', 'saksi', BATU_TPS, '1000806');
    expect(log.refuse(saksi, FORM_CORRECTION, correct(original, votes(110, 80, 30))).code).toBe(
      'KEY_ROLE_MISMATCH',
    );
    const kpu = log.key('kpu-batu', 'kpu', '3579');
    log.append(kpu, FORM_CORRECTION, correct(original, votes(110, 80, 30)));
  });

  it("refuses a correction signed by the TPS's own KPPS: numbers change at the plenary (RECAP_SIGNERS)", () => {
    const { log, kpps, original, correct } = setup();
    const refused = log.refuse(kpps, FORM_CORRECTION, correct(original, votes(110, 80, 30)));
    expect([refused.code, refused.field]).toEqual(['CORRECTION_NOT_PLENARY', 'keyId']);
    expect(history(log.ledger, BATU.id, BATU_TPS)).toHaveLength(1);
  });
});
