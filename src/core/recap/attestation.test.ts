import { describe, expect, it } from 'vitest';
import { nodeCrypto, nodeSigner } from '../../crypto/node.js';
import {
  FORM_ATTESTATION,
  FORM_CHASIL,
  FORM_CORRECTION,
  FORM_INCIDENT,
  statusOf,
  tpsRecord,
} from './index.js';
import { BATU, BATU_TPS, RecapTestLog, recapForm, ref } from './testing.js';

function setup() {
  const log = new RecapTestLog({ crypto: nodeCrypto, signer: nodeSigner });
  const kpps = log.key('kpps-temas-1', 'kpps', BATU_TPS);
  const form = log.append(kpps, FORM_CHASIL, recapForm(BATU, BATU_TPS));
  const attest = (verdict: 'agree' | 'object', reason?: string) => ({
    subject: ref(form),
    tps: BATU_TPS,
    contestId: BATU.id,
    verdict,
    ...(reason === undefined ? {} : { reason }),
  });
  return { log, kpps, form, attest };
}

describe('form.attestation', () => {
  it('records a saksi agreement and a PTPS objection with its reason', () => {
    const { log, attest } = setup();
    const saksi = log.key('saksi-1000806', 'saksi', '357901', '1000806');
    const ptps = log.key('ptps-temas-1', 'ptps', BATU_TPS);
    log.append(saksi, FORM_ATTESTATION, attest('agree'));
    expect(statusOf(tpsRecord(log.ledger, BATU.id, BATU_TPS))).toBe('attested');
    log.append(ptps, FORM_ATTESTATION, attest('object', 'Suara paslon 2 tertukar.'));
    const record = tpsRecord(log.ledger, BATU.id, BATU_TPS);
    expect(record?.attestations.map((a) => [a.role, a.pair, a.verdict, a.reason])).toEqual([
      ['saksi', '1000806', 'agree', undefined],
      ['ptps', undefined, 'object', 'Suara paslon 2 tertukar.'],
    ]);
    expect(statusOf(record)).toBe('objected');
  });

  it('refuses a wrong hash, a non-form subject, and a repeat by the same key', () => {
    const { log, attest, form } = setup();
    const saksi = log.key('saksi-1000807', 'saksi', BATU_TPS, '1000807');
    const wrong = log.refuse(saksi, FORM_ATTESTATION, {
      ...attest('agree'),
      subject: { index: form.index, hash: 'f'.repeat(64) },
    });
    expect([wrong.code, wrong.field]).toEqual(['ATTESTATION_SUBJECT_HASH_MISMATCH', 'subject.hash']);
    const keyEntry = log.entries[1]!;
    expect(log.refuse(saksi, FORM_ATTESTATION, { ...attest('agree'), subject: ref(keyEntry) }).code).toBe(
      'ATTESTATION_SUBJECT_UNKNOWN',
    );
    const elsewhere = { ...attest('agree'), tps: '3579011001002' };
    const other = log.key('saksi-1000807-b', 'saksi', '3579', '1000807');
    expect(log.refuse(other, FORM_ATTESTATION, elsewhere).code).toBe('ATTESTATION_SUBJECT_UNKNOWN');
    log.append(saksi, FORM_ATTESTATION, attest('agree'));
    expect(log.refuse(saksi, FORM_ATTESTATION, attest('object', 'berubah pikiran')).code).toBe(
      'ATTESTATION_ALREADY_RECORDED',
    );
  });

  it('refuses a saksi of a pair not in the contest, and a KPPS', () => {
    const { log, kpps, attest } = setup();
    const stray = log.key('saksi-gubernur', 'saksi', BATU_TPS, '1000033');
    expect(log.refuse(stray, FORM_ATTESTATION, attest('agree')).code).toBe('RECAP_PAIR_NOT_IN_CONTEST');
    expect(log.refuse(kpps, FORM_ATTESTATION, attest('agree')).code).toBe('KEY_ROLE_MISMATCH');
  });

  it('counts only attestations of the effective entry', () => {
    const { log, form, attest } = setup();
    const ptps = log.key('ptps-temas-1', 'ptps', BATU_TPS);
    const ppk = log.key('ppk-batu', 'ppk', '357901');
    log.append(ptps, FORM_ATTESTATION, attest('object', 'Angka tidak sesuai plano.'));
    const fixed = recapForm(BATU, BATU_TPS, { votes: { '1000806': 119, '1000807': 71, '1000808': 30 } });
    const correction = log.append(ppk, FORM_CORRECTION, {
      supersedes: ref(form),
      form: fixed,
      reason: 'Salah tulis.',
      plenary: 'Pleno PPK Batu, 2024-11-29',
    });
    expect(statusOf(tpsRecord(log.ledger, BATU.id, BATU_TPS))).toBe('corrected');
    log.append(ptps, FORM_ATTESTATION, { ...attest('agree'), subject: ref(correction) });
    expect(statusOf(tpsRecord(log.ledger, BATU.id, BATU_TPS))).toBe('corrected');
  });
});

describe('form.incident', () => {
  const incident = {
    tps: BATU_TPS,
    contestId: BATU.id,
    description: 'Listrik padam pukul 13.10.',
    at: '2024-11-27T06:10:00Z',
  };

  it('records incidents by KPPS, saksi and PTPS, even before a form', () => {
    const log = new RecapTestLog({ crypto: nodeCrypto, signer: nodeSigner });
    for (const [name, role, pair] of [
      ['kpps', 'kpps', undefined],
      ['saksi', 'saksi', '1000808'],
      ['ptps', 'ptps', undefined],
    ] as const)
      log.append(log.key(name, role, BATU_TPS, pair), FORM_INCIDENT, incident);
    const record = tpsRecord(log.ledger, BATU.id, BATU_TPS);
    expect(record?.incidents).toHaveLength(3);
    expect(statusOf(record)).toBe('missing');
  });

  it('refuses other roles and a TPS outside the contest', () => {
    const log = new RecapTestLog({ crypto: nodeCrypto, signer: nodeSigner });
    expect(log.refuse(log.key('ppk', 'ppk', '357901'), FORM_INCIDENT, incident).code).toBe(
      'KEY_ROLE_MISMATCH',
    );
    const malang = log.key('kpps-malang', 'kpps', '3573');
    expect(log.refuse(malang, FORM_INCIDENT, { ...incident, tps: '3573011001001' }).code).toBe(
      'RECAP_OUTSIDE_CONTEST',
    );
  });
});
