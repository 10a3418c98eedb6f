import { describe, expect, it } from 'vitest';
import { nodeCrypto, nodeSigner } from '../../crypto/node.js';
import { randomValidCHasil } from '../forms/index.js';
import type { CHasil, CHasilLike } from '../forms/index.js';
import { seededRng } from '../random/index.js';
import type { Rng } from '../random/index.js';
import {
  FORM_ATTESTATION,
  FORM_CHASIL,
  FORM_CHASIL_IMPORT,
  FORM_CORRECTION,
  RECAP_STATUSES,
  effectiveEntry,
  statusOf,
  tpsRecords,
} from '../recap/index.js';
import type { RecapStatus } from '../recap/index.js';
import { BATU, RecapTestLog, importBody, recapForm, ref } from '../recap/testing.js';
import type { LoggedEntry, TestKey } from '../recap/testing.js';
import type { Ledger } from '../statements/index.js';
import { outcomeOf, tallyOf } from '../recap/index.js';
import { ContestTally } from './tally.js';
import type { TallySnapshot } from './index.js';

const JATIM = {
  id: 'pilkada2024-pkwkp-35',
  kind: 'governor' as const,
  region: '35',
  name: 'Pemilihan Gubernur dan Wakil Gubernur Jawa Timur',
  pairs: ['1000032', '1000033', '1000034'].map((id, i) => ({
    id,
    ballotNumber: i + 1,
    name: id,
    emptyColumn: false,
  })),
};
const SURABAYA = {
  id: 'pilkada2024-pkwkk-3578',
  kind: 'mayor' as const,
  region: '3578',
  name: 'Pemilihan Wali Kota dan Wakil Wali Kota Surabaya',
  pairs: [
    { id: '1000804', ballotNumber: 1, name: 'ERI CAHYADI - ARMUJI', emptyColumn: false },
    { id: '1000805', ballotNumber: 2, name: 'KOLOM KOSONG', emptyColumn: true },
  ],
};
const fast = { crypto: nodeCrypto, signer: nodeSigner };

/** 36 TPS in two regencies, four districts, eight villages. */
const TPS_CODES = [
  '3579011001',
  '3579011004',
  '3579022001',
  '3579032002',
  '3573011001',
  '3573011002',
  '3573022001',
  '3573022002',
]
  .flatMap((village) => [1, 2, 3, 4, 5].map((n) => `${village}00${n}`))
  .slice(0, 36);

describe('the incremental tally', () => {
  it.each([1, 2, 3, 4])('equals a from-scratch fold at every level after a random mix (seed %i)', (seed) => {
    const rng = seededRng(seed);
    const log = new RecapTestLog({ ...fast, contests: [JATIM] });
    const keys = {
      kpps: log.key('kpps', 'kpps', '35'),
      ppk: log.key('ppk', 'ppk', '35'),
      importer: log.key('importer', 'importer', '35'),
      ptps: log.key('ptps', 'ptps', '35'),
      saksi: log.key('saksi', 'saksi', '35', '1000033'),
    };
    const versions = new Map<string, LoggedEntry[]>();
    const outcomes: string[] = [];
    for (let step = 0; step < 160; step++) outcomes.push(randomStep(rng, log, keys, versions));
    const seen = new Set(outcomes);
    expect(['chasil', 'import', 'correction', 'stale', 'attestation'].filter((o) => !seen.has(o))).toEqual(
      [],
    );
    expectFoldEquals(log.ledger);
    expectFoldEquals(log.replay());
    expect(tallyOf(log.replay()).snapshot(JATIM.id, 'national')).toEqual(
      tallyOf(log.ledger).snapshot(JATIM.id, 'national'),
    );
  });
});

describe('outcomeOf', () => {
  it('decides a single-pair contest both ways', () => {
    const log = new RecapTestLog({ ...fast, contests: [SURABAYA] });
    const kpps = log.key('kpps', 'kpps', '3578');
    const votes = (eri: number, empty: number) => ({ votes: { '1000804': eri, '1000805': empty } });
    log.append(kpps, FORM_CHASIL, recapForm(SURABAYA, '3578011001001', votes(111, 109)));
    expect(outcomeOf(log.ledger, SURABAYA.id)).toMatchObject({ kind: 'winner', winner: '1000804' });
    log.append(kpps, FORM_CHASIL, recapForm(SURABAYA, '3578021001001', votes(109, 111)));
    expect(outcomeOf(log.ledger, SURABAYA.id)).toMatchObject({ kind: 'reelection' });
    log.append(kpps, FORM_CHASIL, recapForm(SURABAYA, '3578021001002', votes(60, 160)));
    expect(outcomeOf(log.ledger, SURABAYA.id).reason.en).toContain(
      '1. ERI CAHYADI - ARMUJI has 280 of 660 valid votes',
    );
  });

  it('breaks a plurality tie by spread over the kecamatan', () => {
    const log = new RecapTestLog(fast);
    const kpps = log.key('kpps', 'kpps', '3579');
    log.append(
      kpps,
      FORM_CHASIL,
      recapForm(BATU, '3579011001001', { votes: { '1000806': 150, '1000807': 50, '1000808': 20 } }),
    );
    log.append(
      kpps,
      FORM_CHASIL,
      recapForm(BATU, '3579022001001', { votes: { '1000806': 0, '1000807': 100, '1000808': 120 } }),
    );
    expect(outcomeOf(log.ledger, BATU.id)).toMatchObject({
      kind: 'tie',
      winner: '1000807',
      tied: ['1000806', '1000807'],
    });
    expect(
      tallyOf(log.ledger)
        .children(BATU.id, '3579')
        .map((s) => s.region),
    ).toEqual(['357901', '357902']);
  });

  it('reads zeros for a contest without forms and refuses an unknown one', () => {
    const log = new RecapTestLog(fast);
    const s = tallyOf(log.ledger).snapshot(BATU.id, '35.79');
    expect([s.region, s.level, s.forms, s.votes]).toEqual([
      '3579',
      'regency',
      0,
      { '1000806': 0, '1000807': 0, '1000808': 0 },
    ]);
    expect(outcomeOf(log.ledger, BATU.id).kind).toBe('undecided');
    expect(() => outcomeOf(log.ledger, 'nope')).toThrowError(
      expect.objectContaining({ code: 'RECAP_CONTEST_UNKNOWN' }),
    );
  });
});

type Keys = Record<'kpps' | 'ppk' | 'importer' | 'ptps' | 'saksi', TestKey>;

/** One random statement: a C.Hasil, an import, a correction (sometimes stale, refused), an attestation. */
function randomStep(rng: Rng, log: RecapTestLog, keys: Keys, versions: Map<string, LoggedEntry[]>): string {
  const tps = TPS_CODES[rng.int(0, TPS_CODES.length - 1)] as string;
  const form = (): CHasil => ({
    ...randomValidCHasil(
      rng,
      JATIM.pairs.map((p) => p.id),
      25,
    ),
    contestId: JATIM.id,
    tps,
  });
  const history = versions.get(tps) ?? [];
  versions.set(tps, history);
  const current = history.at(-1);
  const roll = rng.int(0, 9);
  if (current === undefined) {
    if (roll < 6) history.push(log.append(keys.kpps, FORM_CHASIL, form()));
    else history.push(log.append(keys.importer, FORM_CHASIL_IMPORT, importBody(partial(rng, form()))));
    return roll < 6 ? 'chasil' : 'import';
  }
  if (roll < 6) {
    const old = history[rng.int(0, history.length - 1)] as LoggedEntry;
    const body = { supersedes: ref(old), form: form(), reason: 'Pembetulan.', plenary: 'Pleno PPK' };
    if (old === current) {
      history.push(log.append(keys.ppk, FORM_CORRECTION, body));
      return 'correction';
    }
    expect(log.refuse(keys.ppk, FORM_CORRECTION, body).code).toBe('CORRECTION_STALE');
    return 'stale';
  }
  const key = roll < 8 ? keys.ptps : keys.saksi;
  const verdict = rng.int(0, 1) === 0 ? 'agree' : 'object';
  const body = { subject: ref(current), tps, contestId: JATIM.id, verdict, reason: 'Catatan saksi.' };
  try {
    log.append(key, FORM_ATTESTATION, body);
    return 'attestation';
  } catch (e) {
    expect((e as { code: string }).code).toBe('ATTESTATION_ALREADY_RECORDED');
    return 'repeat';
  }
}

/** A Sirekap-like record: unknown ballot and disability figures, some unread numbers, sometimes a misread. */
function partial(rng: Rng, form: CHasil): CHasilLike {
  const none = { male: null, female: null, total: null };
  const votes =
    rng.int(0, 4) === 0 ? null : { ...form.votes, '1000033': (form.votes['1000033'] ?? 0) * rng.int(1, 11) };
  return {
    ...form,
    status: null,
    countedAt: null,
    ballots: { received: null, damaged: null, unused: null, used: null },
    disability: { registered: none, voted: none },
    votes,
    invalid: rng.int(0, 3) === 0 ? null : form.invalid,
    images: [],
  };
}

interface Fold {
  votes: Record<string, number>;
  numbers: number[];
  status: Record<RecapStatus, number>;
  children: Set<string>;
}

/** Fold effective forms by hand (no tally code) and compare every level. */
function expectFoldEquals(ledger: Ledger): void {
  const folds = new Map<string, Fold>();
  for (const record of tpsRecords(ledger, JATIM.id)) {
    const e = effectiveEntry(record);
    const t = record.tps;
    const path = ['national', t.slice(0, 2), t.slice(0, 4), t.slice(0, 6), t.slice(0, 10), t];
    path.forEach((code, i) => {
      const f = folds.get(code) ?? {
        votes: Object.fromEntries(JATIM.pairs.map((p) => [p.id, 0])),
        numbers: Array(10).fill(0),
        status: zeroStatus(),
        children: new Set<string>(),
      };
      folds.set(code, f);
      const child = path[i + 1];
      if (child !== undefined) f.children.add(child);
      f.status[statusOf(record)]++;
      if (e === undefined) return;
      const g = e.form;
      for (const [id, n] of Object.entries(g.votes ?? {}))
        if (id in f.votes) f.votes[id] = (f.votes[id] ?? 0) + (n ?? 0);
      const u = g.voters.users.total;
      const d = g.voters.dpt;
      [
        1,
        e.kind === 'import' ? 1 : 0,
        g.valid,
        g.invalid,
        g.total,
        u.male,
        u.female,
        u.total,
        d.male,
        d.total,
      ].forEach((n, k) => (f.numbers[k] = (f.numbers[k] ?? 0) + (n ?? 0)));
    });
  }
  const tally = tallyOf(ledger);
  expect(folds.size).toBeGreaterThan(20);
  for (const [code, f] of folds) {
    const s: TallySnapshot = tally.snapshot(JATIM.id, code);
    expect([s.votes, numbersOf(s), s.status]).toEqual([f.votes, f.numbers, f.status]);
    expect(tally.children(JATIM.id, code).map((c) => c.region)).toEqual([...f.children].sort());
  }
}

function numbersOf(s: TallySnapshot): number[] {
  return [
    s.forms,
    s.imported,
    s.valid,
    s.invalid,
    s.total,
    s.users.male,
    s.users.female,
    s.users.total,
    s.dpt.male,
    s.dpt.total,
  ];
}

function zeroStatus(): Record<RecapStatus, number> {
  return Object.fromEntries(RECAP_STATUSES.map((s) => [s, 0])) as Record<RecapStatus, number>;
}

describe('ContestTally rows at their bounds', () => {
  it('keeps a TPS row of 10^9 counts exactly (int32) and their sums exactly (float64)', () => {
    const t = new ContestTally('c', ['1', '2']);
    const big = 1_000_000_000;
    const form = (tps: string): CHasilLike =>
      ({
        ...recapForm(BATU, tps),
        votes: { '1': big, '2': big },
        valid: big,
        invalid: big,
        total: big,
        voters: {
          ...recapForm(BATU, tps).voters,
          dpt: { male: big, female: big, total: big },
          users: { ...recapForm(BATU, tps).voters.users, total: { male: big, female: big, total: big } },
        },
      }) as CHasilLike;
    const codes = ['3579011001001', '3579011001002', '3201011001001'];
    for (const tps of codes)
      t.set(tps, { form: form(tps), imported: false, status: 'submitted', warnings: 0, flags: 0 });
    expect(t.snapshot(codes[0]!)).toMatchObject({ valid: big, votes: { '1': big, '2': big }, forms: 1 });
    expect(t.snapshot('3579011001')).toMatchObject({ valid: 2 * big, dpt: { total: 2 * big } });
    expect(t.snapshot('national')).toMatchObject({ valid: 3 * big, votes: { '2': 3 * big }, forms: 3 });
    expect(t.children('3579011001').map((c) => [c.region, c.valid])).toEqual([
      [codes[0], big],
      [codes[1], big],
    ]);
    // A lock changes the status, never the figures (the tally keeps them).
    t.set(codes[0]!, { form: undefined, imported: false, status: 'locked', warnings: 0, flags: 0 });
    expect(t.snapshot('national')).toMatchObject({ valid: 3 * big, status: { submitted: 2, locked: 1 } });
    expect(t.snapshot(codes[0]!)).toMatchObject({ valid: big, status: { submitted: 0, locked: 1 } });
  });
});
