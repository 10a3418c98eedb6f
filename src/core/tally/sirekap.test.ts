import { describeIf, sharedJson } from '../../../test/support/shared-data.js';
import { expect, it } from 'vitest';
import { nodeCrypto, nodeSigner } from '../../crypto/node.js';
import type { CHasil, Triple } from '../forms/index.js';
import { FORM_CHASIL } from '../recap/index.js';
import { BATU, RecapTestLog } from '../recap/testing.js';
import { progressOf, toSirekapAggregate } from './index.js';
import { tallyOf } from '../recap/index.js';

/** KPU Sirekap's public aggregate of Pilwalkot Batu 2024 (pkwkk/35/3579.json, 27 Nov 2024 20:45 WIB). */
const REAL = sharedJson<{ ts: string }>('pilkada2024/pkwkk/35/3579.json') as { ts: string };
const describeReal = describeIf(REAL);

/** Kota Batu per kecamatan: TPS, villages (Kemendagri codes), and the real votes of pairs 1, 2, 3. */
const KECAMATAN = [
  {
    code: '357901',
    tps: 137,
    villages: [1001, 1002, 1003, 1004, 2005, 2006, 2007, 2008],
    votes: [30555, 16464, 10899],
  },
  {
    code: '357902',
    tps: 92,
    villages: [2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009],
    votes: [21224, 10261, 8546],
  },
  {
    code: '357903',
    tps: 73,
    villages: [1001, 2002, 2003, 2004, 2005, 2006, 2007],
    votes: [13905, 11885, 6789],
  },
];
const PAIRS = ['1000806', '1000807', '1000808'];
const TOTAL_TPS = 302;
const INVALID = 5878;
const DPT = 166_942;

/** `total` spread over `n` parts, the remainder one each to the first parts. */
const spread = (total: number, n: number, i: number) => Math.floor(total / n) + (i < total % n ? 1 : 0);
const half = (n: number): Triple => ({ male: Math.floor(n / 2), female: n - Math.floor(n / 2), total: n });
const zero: Triple = { male: 0, female: 0, total: 0 };

/** 302 consistent C.Hasil whose per-kecamatan votes are the real table. */
function batuForms(): CHasil[] {
  const forms: CHasil[] = [];
  for (const k of KECAMATAN) {
    for (let i = 0; i < k.tps; i++) {
      const n = forms.length;
      const village = `${k.code}${k.villages[i % k.villages.length]}`;
      const tps = `${village}${String(Math.floor(i / k.villages.length) + 1).padStart(3, '0')}`;
      const votes = Object.fromEntries(PAIRS.map((id, p) => [id, spread(k.votes[p] as number, k.tps, i)]));
      const valid = Object.values(votes).reduce((a, b) => a + b, 0);
      const invalid = spread(INVALID, TOTAL_TPS, n);
      const users = valid + invalid;
      const dpt = spread(DPT, TOTAL_TPS, n);
      const received = dpt + Math.ceil((dpt * 25) / 1000);
      forms.push({
        contestId: BATU.id,
        tps,
        status: 'reguler',
        countedAt: '2024-11-27T07:30:00Z',
        voters: { dpt: half(dpt), users: { dpt: half(users), dptb: zero, dpk: zero, total: half(users) } },
        ballots: { received, damaged: 0, unused: received - users, used: users },
        disability: { registered: zero, voted: zero },
        votes,
        valid,
        invalid,
        total: users,
        images: [],
      });
    }
  }
  return forms;
}

describeReal('Kota Batu, all 302 TPS reported', () => {
  const log = new RecapTestLog({ crypto: nodeCrypto, signer: nodeSigner });
  const kpps = KECAMATAN.map((k) => log.key(`kpps-${k.code}`, 'kpps', k.code));
  for (const form of batuForms())
    log.append(kpps[KECAMATAN.findIndex((k) => form.tps.startsWith(k.code))]!, FORM_CHASIL, form);
  const tally = tallyOf(log.ledger);

  it('tallies the real final result of the kab/kota', () => {
    const s = tally.snapshot(BATU.id, '3579');
    expect(s.votes).toEqual({ '1000806': 65_684, '1000807': 38_610, '1000808': 26_234 });
    expect([s.forms, s.valid, s.invalid, s.total, s.dpt.total]).toEqual([302, 130_528, 5_878, 136_406, DPT]);
    expect(s.status.submitted).toBe(302);
    expect(tally.children(BATU.id, '357901')).toHaveLength(8);
  });

  it('exports the aggregate exactly as KPU Sirekap published it (but for ts)', () => {
    const progress = Object.fromEntries(KECAMATAN.map((k) => [k.code, k.tps]));
    const aggregate = toSirekapAggregate(
      tally.snapshot(BATU.id, '3579'),
      tally.children(BATU.id, '3579'),
      progress,
      REAL.ts,
    );
    expect(JSON.parse(JSON.stringify(aggregate))).toEqual(REAL);
  });
});

describeReal('toSirekapAggregate', () => {
  it('rounds persen half-up to 2 decimals, as in the real Jawa Timur file', () => {
    expect(progressOf(1519, 1515)).toEqual({ total: 1519, persen: 99.74, progres: 1515 });
    expect(progressOf(1764, 1757).persen).toBe(99.6);
    expect(progressOf(60_751, 60_219).persen).toBe(99.12);
    expect(progressOf(31, 0).persen).toBe(0);
    expect(progressOf(0, 0).persen).toBe(0);
  });

  it('leaves out the pairs of a child with no TPS reported', () => {
    const log = new RecapTestLog({ crypto: nodeCrypto, signer: nodeSigner });
    const tally = tallyOf(log.ledger);
    const agg = toSirekapAggregate(
      tally.snapshot(BATU.id, '3579'),
      [],
      { '357901': 137 },
      '2024-11-27 14:00:00',
    );
    expect(agg.tungsura.table['357901']).toEqual({
      psu: 'Reguler',
      progres: { total: 137, persen: 0, progres: 0 },
      status_progress: false,
    });
    expect(agg.tungsura.chart).toEqual({ progres: { total: 137, persen: 0, progres: 0 } });
    expect(agg.progres).toEqual({ total: 137, progres: 0 });
  });
});
