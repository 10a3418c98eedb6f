import { describe, expect, it } from 'vitest';
import { checkCHasil } from './index.js';
import { VALID_CANDIDATES, makeValidCHasil } from '../testing.js';
import type { CHasilOverrides } from '../testing.js';

function errors(
  overrides: CHasilOverrides,
  candidates: readonly string[] = VALID_CANDIDATES,
): [string, readonly string[]][] {
  return checkCHasil(makeValidCHasil(overrides), { candidates }).errors.map((p) => [p.code, p.fields]);
}

describe('FORM_DPT_USERS_EXCEED_REGISTERED', () => {
  it('passes at equality and fails per component above it', () => {
    expect(errors({ voters: { dpt: { male: 100, female: 120, total: 220 } } })).toEqual([]);
    expect(errors({ voters: { dpt: { male: 99, female: 160, total: 259 } } })).toEqual([
      ['FORM_DPT_USERS_EXCEED_REGISTERED', ['voters.users.dpt.male', 'voters.dpt.male']],
    ]);
  });
});

describe('FORM_USERS_EXCEED_BALLOTS', () => {
  it('fails when more people voted than ballots arrived', () => {
    expect(errors({ ballots: { received: 226, unused: 0, damaged: 0, used: 227 } })).toEqual([
      ['FORM_BALLOTS_SUM', ['ballots.received', 'ballots.used', 'ballots.unused', 'ballots.damaged']],
      ['FORM_USERS_EXCEED_BALLOTS', ['voters.users.total.total', 'ballots.received']],
    ]);
    expect(errors({ ballots: { received: 227, unused: 0, damaged: 0, used: 227 } })).toEqual([]);
  });
});

describe('FORM_DISABILITY_VOTED_EXCEED_REGISTERED', () => {
  it('passes at equality and fails above it', () => {
    expect(errors({ disability: { voted: { male: 2, female: 3, total: 5 } } })).toEqual([]);
    expect(errors({ disability: { voted: { male: 3, female: 2, total: 5 } } })).toEqual([
      ['FORM_DISABILITY_VOTED_EXCEED_REGISTERED', ['disability.voted.male', 'disability.registered.male']],
    ]);
  });
});

describe('FORM_DISABILITY_VOTED_EXCEED_USERS', () => {
  it('fails when more voters with disabilities voted than voters at all', () => {
    const few = { male: 1, female: 1, total: 2 };
    const form: CHasilOverrides = {
      voters: {
        dpt: few,
        users: {
          dpt: few,
          dptb: { male: 0, female: 0, total: 0 },
          dpk: { male: 0, female: 0, total: 0 },
          total: few,
        },
      },
      ballots: { received: 3, damaged: 0, unused: 1, used: 2 },
      disability: { registered: { male: 5, female: 5, total: 10 }, voted: { male: 2, female: 1, total: 3 } },
      votes: { '1': 1, '2': 1, '3': 0 },
      valid: 2,
      invalid: 0,
      total: 2,
    };
    expect(errors(form)).toEqual([
      ['FORM_DISABILITY_VOTED_EXCEED_USERS', ['disability.voted.male', 'voters.users.total.male']],
      ['FORM_DISABILITY_VOTED_EXCEED_USERS', ['disability.voted.total', 'voters.users.total.total']],
    ]);
  });
});

describe('FORM_PAIR_UNKNOWN and FORM_PAIR_MISSING', () => {
  it('requires exactly the contest options as vote keys', () => {
    expect(errors({ votes: { '1': 120, '2': 70, '4': 30 } })).toEqual([
      ['FORM_PAIR_UNKNOWN', ['votes.4']],
      ['FORM_PAIR_MISSING', ['votes.3']],
    ]);
  });
  it('expects the kolom kosong in a single-pair contest', () => {
    expect(errors({ votes: { '1': 220 } }, ['1', 'empty'])).toEqual([['FORM_PAIR_MISSING', ['votes.empty']]]);
  });
  it('is not checkable without the expected ids', () => {
    const result = checkCHasil(makeValidCHasil({ votes: { x: 220 } }));
    expect(result.errors).toEqual([]);
    expect(result.notCheckable).toEqual(['FORM_PAIR_UNKNOWN', 'FORM_PAIR_MISSING']);
  });
});
