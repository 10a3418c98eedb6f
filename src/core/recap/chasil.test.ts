import { describe, expect, it } from 'vitest';
import { nodeCrypto, nodeSigner } from '../../crypto/node.js';
import type { SaksiError } from '../errors/index.js';
import { FORM_CHASIL, history, statusOf, tpsRecord } from './index.js';
import { BATU, BATU_TPS, RecapTestLog, recapForm } from './testing.js';

const fast = { crypto: nodeCrypto, signer: nodeSigner };
const problems = (e: SaksiError) => e.problems.map((p) => [p.code, p.fields[0]]);

describe('form.chasil', () => {
  it('accepts a KPPS form for its TPS, keeping warnings with the form', () => {
    const log = new RecapTestLog(fast);
    const kpps = log.key('kpps-temas-1', 'kpps', BATU_TPS);
    const form = recapForm(BATU, BATU_TPS, {
      invalid: 30,
      valid: 197,
      votes: { '1000806': 120, '1000807': 47, '1000808': 30 },
    });
    const entry = log.append(kpps, FORM_CHASIL, form);
    const [version] = history(log.ledger, BATU.id, BATU_TPS);
    expect(version).toMatchObject({
      index: entry.index,
      hash: entry.hash,
      kind: 'chasil',
      keyId: kpps.keyId,
    });
    expect(version?.form).toEqual(form);
    expect(version?.warnings.map((w) => w.code)).toEqual(['FORM_INVALID_SHARE_HIGH']);
    expect(statusOf(tpsRecord(log.ledger, BATU.id, BATU_TPS))).toBe('submitted');
  });

  it('refuses a KPPS key of another TPS', () => {
    const log = new RecapTestLog(fast);
    const other = log.key('kpps-temas-2', 'kpps', '3579011001002');
    expect(log.refuse(other, FORM_CHASIL, recapForm(BATU, BATU_TPS)).code).toBe('KEY_OUT_OF_SCOPE');
  });

  it('refuses a key of the wrong role and a revoked key', () => {
    const log = new RecapTestLog(fast);
    const saksi = log.key('saksi-1', 'saksi', BATU_TPS, '1000806');
    expect(log.refuse(saksi, FORM_CHASIL, recapForm(BATU, BATU_TPS)).code).toBe('KEY_ROLE_MISMATCH');
    const kpps = log.key('kpps-temas-1', 'kpps', BATU_TPS);
    log.revoke(kpps);
    expect(log.refuse(kpps, FORM_CHASIL, recapForm(BATU, BATU_TPS)).code).toBe('KEY_REVOKED');
    expect(log.refuse(log.key('stranger', 'kpps', '35'), FORM_CHASIL, { tps: 1 }).code).toBe(
      'FORM_INVALID_SHAPE',
    );
  });

  it('refuses an unknown contest and a TPS outside the contest region', () => {
    const log = new RecapTestLog(fast);
    const kpps = log.key('kpps-jatim', 'kpps', '35');
    const unknown = log.refuse(
      kpps,
      FORM_CHASIL,
      recapForm({ ...BATU, id: 'pilkada2024-pkwkk-3573' }, BATU_TPS),
    );
    expect([unknown.code, unknown.field]).toEqual(['RECAP_CONTEST_UNKNOWN', 'contestId']);
    const malang = log.refuse(kpps, FORM_CHASIL, recapForm(BATU, '3573011001001'));
    expect([malang.code, malang.field]).toEqual(['RECAP_OUTSIDE_CONTEST', 'tps']);
  });

  it('lists every failed rule, and requires exactly the contest pair ids as vote keys', () => {
    const log = new RecapTestLog(fast);
    const kpps = log.key('kpps-temas-1', 'kpps', BATU_TPS);
    const broken = recapForm(BATU, BATU_TPS, {
      voters: { dpt: { total: 301 } },
      votes: { '1000806': 121, '1000807': 70, '1000808': 30 },
      total: 228,
    });
    const e = log.refuse(kpps, FORM_CHASIL, broken);
    expect(e.code).toBe('FORM_RULES_FAILED');
    expect(problems(e)).toEqual([
      ['FORM_TRIPLE_SUM', 'voters.dpt.total'],
      ['FORM_VOTES_SUM', 'valid'],
      ['FORM_TOTAL_SUM', 'total'],
      ['FORM_TOTAL_USERS_MISMATCH', 'total'],
      ['FORM_BALLOTS_USED_MISMATCH', 'ballots.used'],
    ]);
    const emptyKeyed = log.refuse(
      kpps,
      FORM_CHASIL,
      recapForm(BATU, BATU_TPS, { votes: { '1': 120, '2': 70, '3': 30 } }),
    );
    expect(problems(emptyKeyed).map(([c]) => c)).toEqual([
      ...Array(3).fill('FORM_PAIR_UNKNOWN'),
      ...Array(3).fill('FORM_PAIR_MISSING'),
    ]);
    expect(history(log.ledger, BATU.id, BATU_TPS)).toEqual([]);
  });

  it('refuses a count no TPS can hold', () => {
    const log = new RecapTestLog(fast);
    const kpps = log.key('kpps-temas-1', 'kpps', BATU_TPS);
    const e = log.refuse(kpps, FORM_CHASIL, recapForm(BATU, BATU_TPS, { ballots: { received: 2e9 } }));
    expect([e.code, e.field]).toEqual(['FORM_COUNT_TOO_LARGE', 'ballots.received']);
  });

  it('accepts one C.Hasil per contest and TPS: a second one, even identical, is refused', () => {
    const log = new RecapTestLog(fast);
    const kpps = log.key('kpps-temas-1', 'kpps', BATU_TPS);
    const first = log.append(kpps, FORM_CHASIL, recapForm(BATU, BATU_TPS));
    const changed = recapForm(BATU, BATU_TPS, { status: 'penghitungan_ulang' });
    const e = log.refuse(kpps, FORM_CHASIL, changed);
    expect(e.code).toBe('FORM_ALREADY_SUBMITTED');
    expect(e.messages.en).toContain(`entry ${first.index}`);
    expect(log.refuse(kpps, FORM_CHASIL, recapForm(BATU, BATU_TPS)).code).toBe('FORM_ALREADY_SUBMITTED');
    expect(history(log.ledger, BATU.id, BATU_TPS)).toHaveLength(1);
  });

  it('replays to the same state', () => {
    const log = new RecapTestLog(fast);
    const kpps = log.key('kpps-batu', 'kpps', '3579');
    for (const n of [1, 2, 3]) log.append(kpps, FORM_CHASIL, recapForm(BATU, `357901100100${n}`));
    const again = log.replay();
    expect(again.size).toBe(log.ledger.size);
    const json = (l: typeof again) =>
      JSON.parse(JSON.stringify(history(l, BATU.id, '3579011001003'))) as unknown;
    expect(json(again)).toEqual(json(log.ledger));
  });
});
