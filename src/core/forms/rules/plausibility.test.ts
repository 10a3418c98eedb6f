import { describe, expect, it } from 'vitest';
import { checkCHasil, withoutLeadingNine } from './index.js';
import type { CheckOptions } from './index.js';
import { VALID_CANDIDATES, makeValidCHasil } from '../testing.js';
import type { CHasilOverrides } from '../testing.js';
import type { Triple } from '../chasil.js';

const options: CheckOptions = { candidates: VALID_CANDIDATES };

function warnings(overrides: CHasilOverrides, opts: CheckOptions = options): [string, readonly string[]][] {
  return checkCHasil(makeValidCHasil(overrides), opts).warnings.map((p) => [p.code, p.fields]);
}

const t = (male: number, female: number): Triple => ({ male, female, total: male + female });

/** A consistent form with this DPT, these users (all from the DPT), votes and invalid. */
function form(
  dpt: Triple,
  users: Triple,
  votes: Record<string, number>,
  invalid: number,
  reservePermille = 25,
): CHasilOverrides {
  const zero = t(0, 0);
  const received = dpt.total + Math.floor((dpt.total * reservePermille + 999) / 1000);
  const valid = Object.values(votes).reduce((a, n) => a + n, 0);
  return {
    voters: { dpt, users: { dpt: users, dptb: zero, dpk: zero, total: users } },
    ballots: { received, damaged: 0, unused: received - users.total, used: users.total },
    disability: { registered: zero, voted: zero },
    votes,
    valid,
    invalid,
    total: valid + invalid,
  };
}

describe('FORM_BALLOTS_RESERVE_MISMATCH', () => {
  it('expects DPT + ceil(2.5% of DPT) by default', () => {
    expect(warnings({})).toEqual([]); // 300 + ceil(7.5) = 308
    expect(warnings({ ballots: { received: 309, unused: 81 } })).toEqual([
      ['FORM_BALLOTS_RESERVE_MISMATCH', ['ballots.received', 'voters.dpt.total']],
    ]);
  });
  it('takes the reserve as a parameter (Pemilu: 2%)', () => {
    const pemilu = { ...options, ballotReservePermille: 20 };
    expect(warnings({ ballots: { received: 306, unused: 78 } }, pemilu)).toEqual([]); // 300 + 6
    expect(warnings({}, pemilu).map(([c]) => c)).toEqual(['FORM_BALLOTS_RESERVE_MISMATCH']);
  });
});

describe('FORM_VALUE_LARGE', () => {
  it('flags every count of 1000 or more, and nothing below', () => {
    const big = form(t(500, 500), t(400, 400), { '1': 999, '2': 0, '3': 0 }, 1, 25);
    // 999 votes with 800 voters is an error too; only the warnings matter here
    expect(warnings(big).filter(([c]) => c === 'FORM_VALUE_LARGE')).toEqual([
      ['FORM_VALUE_LARGE', ['voters.dpt.total']],
      ['FORM_VALUE_LARGE', ['ballots.received']],
      ['FORM_VALUE_LARGE', ['total']],
    ]);
  });
  it('threshold is an option', () => {
    expect(warnings({}, { ...options, largeValue: 300 }).map(([, f]) => f[0])).toEqual([
      'voters.dpt.total',
      'ballots.received',
    ]);
  });
});

describe('FORM_TURNOUT_ABOVE_MAX and FORM_TURNOUT_HIGH', () => {
  it('flags turnout at 98% or more as high', () => {
    expect(warnings(form(t(50, 50), t(48, 49), { '1': 40, '2': 30, '3': 27 }, 0))).toEqual([]);
    expect(warnings(form(t(50, 50), t(49, 49), { '1': 40, '2': 30, '3': 28 }, 0))).toEqual([
      ['FORM_TURNOUT_HIGH', ['voters.users.total.total', 'voters.dpt.total']],
    ]);
    expect(warnings(form(t(50, 50), t(50, 50), { '1': 40, '2': 30, '3': 30 }, 0)).map(([c]) => c)).toEqual([
      'FORM_TURNOUT_HIGH',
    ]);
  });
  it('flags turnout above 100% (moved-in voters) as above the maximum, not high', () => {
    const f = makeValidCHasil({
      voters: { dpt: t(10, 10), users: { dpt: t(10, 10), dptb: t(3, 2), dpk: t(1, 1), total: t(14, 13) } },
      ballots: { received: 28, damaged: 0, unused: 1, used: 27 },
      votes: { '1': 10, '2': 10, '3': 7 },
      valid: 27,
      invalid: 0,
      total: 27,
    });
    const codes = checkCHasil(f, options).warnings.map((p) => p.code);
    expect(codes.filter((c) => c.startsWith('FORM_TURNOUT'))).toEqual(['FORM_TURNOUT_ABOVE_MAX']);
  });
  it('thresholds are options', () => {
    const high = { ...options, turnoutHighPermille: 700 };
    expect(warnings({}, high).map(([c]) => c)).toEqual(['FORM_TURNOUT_HIGH']); // 227 / 300 = 75.7%
  });
});

describe('FORM_ONE_PAIR_ALL_VOTES', () => {
  it('flags one option with every valid vote', () => {
    expect(warnings({ votes: { '1': 220, '2': 0, '3': 0 } })).toEqual([
      ['FORM_ONE_PAIR_ALL_VOTES', ['votes.1']],
    ]);
    expect(warnings({ votes: { '1': 219, '2': 1, '3': 0 } })).toEqual([]);
  });
});

describe('FORM_INVALID_SHARE_HIGH', () => {
  it('flags invalid votes above 10% of the total, not at 10%', () => {
    expect(warnings(form(t(50, 50), t(40, 40), { '1': 30, '2': 20, '3': 22 }, 8))).toEqual([]);
    expect(warnings(form(t(50, 50), t(40, 40), { '1': 30, '2': 20, '3': 21 }, 9))).toEqual([
      ['FORM_INVALID_SHARE_HIGH', ['invalid', 'total']],
    ]);
  });
  it('threshold is an option', () => {
    expect(warnings({}, { ...options, invalidSharePermille: 30 }).map(([c]) => c)).toEqual([
      'FORM_INVALID_SHARE_HIGH',
    ]);
  });
});

describe('FORM_LEADING_NINE', () => {
  it('strips the leading 9 only from numbers of two or more digits starting with 9', () => {
    expect([9, 90, 95, 936, 9136, 190, 0].map(withoutLeadingNine)).toEqual([null, 0, 5, 36, 136, null, null]);
  });
  it('(a) flags a value above the TPS capacity that fits without its 9', () => {
    // 120 read as 9120 at a TPS of 300 voters
    const w = warnings({ votes: { '1': 9120, '2': 70, '3': 30 } });
    expect(w.filter(([c]) => c === 'FORM_LEADING_NINE')).toEqual([['FORM_LEADING_NINE', ['votes.1']]]);
  });
  it('(b) flags 9x when the other options are small', () => {
    const w = warnings(form(t(50, 50), t(50, 49), { '1': 95, '2': 3, '3': 1 }, 0));
    expect(w.filter(([c]) => c === 'FORM_LEADING_NINE')).toEqual([['FORM_LEADING_NINE', ['votes.1']]]);
    const others = warnings(form(t(100, 100), t(80, 80), { '1': 92, '2': 48, '3': 20 }, 0));
    expect(others.filter(([c]) => c === 'FORM_LEADING_NINE')).toEqual([]);
  });
  it('(c) flags a value whose 9 explains a failing sum', () => {
    // invalid read 97 instead of 7: valid + invalid ≠ total, and 7 repairs it
    const w = checkCHasil(makeValidCHasil({ invalid: 97 }), options);
    expect(w.errors.map((p) => p.code)).toEqual(['FORM_TOTAL_SUM']);
    expect(w.warnings.filter((p) => p.code === 'FORM_LEADING_NINE').map((p) => p.fields)).toEqual([
      ['invalid'],
    ]);
  });
  it('leaves plain numbers alone', () => {
    expect(warnings({}).filter(([c]) => c === 'FORM_LEADING_NINE')).toEqual([]);
  });
});
