import { describe, expect, it } from 'vitest';
import { parseDHasil } from './dhasil.js';
import type { DHasil, RecapFigures } from './dhasil.js';
import { checkDHasil, checkDHasilAgainstChildren, figuresOfCHasil, sumFigures } from './dhasil-check.js';
import { makeValidCHasil } from './testing.js';

const tpsA = figuresOfCHasil(makeValidCHasil());
const tpsB = figuresOfCHasil(
  makeValidCHasil({ tps: '3579011001002', votes: { '1': 100, '2': 90, '3': 30 } }),
);
const children: Record<string, RecapFigures> = { '3579011001001': tpsA, '3579011001002': tpsB };

function recap(overrides: Partial<DHasil> = {}): DHasil {
  return {
    contestId: 'pilkada2024-pkwkk-3579',
    region: '357901',
    level: 'district',
    ...sumFigures([tpsA, tpsB]),
    children: Object.keys(children),
    corrections: [],
    ...overrides,
  };
}

const codes = (ps: readonly { code: string; fields: readonly string[] }[]) =>
  ps.map((p) => [p.code, p.fields]);

describe('sumFigures', () => {
  it('adds votes by pair and every triple', () => {
    const s = sumFigures([tpsA, tpsB]);
    expect(s.votes).toEqual({ '1': 220, '2': 160, '3': 60 });
    expect([s.valid, s.invalid, s.total, s.users.total, s.dpt.male]).toEqual([440, 14, 454, 454, 280]);
  });
});

describe('checkDHasilAgainstChildren', () => {
  it('passes when the recap equals the sum of its children', () => {
    expect(checkDHasilAgainstChildren(recap(), children)).toEqual([]);
    expect(checkDHasil(recap())).toEqual([]);
  });

  it('names the field and both numbers on a mismatch', () => {
    const d = recap({ votes: { '1': 221, '2': 160, '3': 60 }, valid: 441, total: 455 });
    const problems = checkDHasilAgainstChildren(d, children);
    expect(codes(problems)).toEqual([
      ['RECAP_SUM_MISMATCH', ['votes.1']],
      ['RECAP_SUM_MISMATCH', ['valid']],
      ['RECAP_SUM_MISMATCH', ['total']],
    ]);
    expect(problems[0]?.message.en).toBe(
      "votes.1: D.Hasil 221, the children's sum (after recorded corrections) 220.",
    );
  });

  it('accepts a difference covered by a recorded correction', () => {
    const fix = (field: string, old: number, n: number) => ({
      child: '3579011001002',
      field,
      old,
      new: n,
      reason: 'Salah jumlah',
      plenary: 'PPK Junrejo, 2024-11-29',
    });
    const d = recap({
      votes: { '1': 221, '2': 160, '3': 60 },
      valid: 441,
      invalid: 13,
      corrections: [fix('votes.1', 100, 101), fix('valid', 220, 221), fix('invalid', 7, 6)],
    });
    expect(checkDHasilAgainstChildren(d, children)).toEqual([]);
  });

  it('refuses a correction whose old value is not on record, or for an unlisted child', () => {
    const d = recap({
      corrections: [
        { child: '3579011001002', field: 'votes.1', old: 99, new: 100, reason: 'x', plenary: 'p' },
        { child: '3579011001009', field: 'valid', old: 1, new: 1, reason: 'x', plenary: 'p' },
      ],
    });
    expect(codes(checkDHasilAgainstChildren(d, children))).toEqual([
      ['RECAP_CORRECTION_OLD_MISMATCH', ['corrections[0].old']],
      ['RECAP_CORRECTION_UNKNOWN_CHILD', ['corrections[1].child']],
    ]);
  });

  it('reports listed children without figures and figures of unlisted children', () => {
    const d = recap({ children: ['3579011001001', '3579011001003'], ...sumFigures([tpsA]) });
    expect(codes(checkDHasilAgainstChildren(d, children))).toEqual([
      ['RECAP_CHILD_MISSING', ['children']],
      ['RECAP_CHILD_NOT_LISTED', ['children']],
    ]);
  });
});

describe('checkDHasil', () => {
  it('checks the recap arithmetic', () => {
    const d = recap({ valid: 441, users: { male: 1, female: 1, total: 3 } });
    expect(codes(checkDHasil(d))).toEqual([
      ['RECAP_VOTES_SUM', ['valid']],
      ['RECAP_TOTAL_SUM', ['total', 'valid', 'invalid']],
      ['RECAP_TRIPLE_SUM', ['users.total', 'users.male', 'users.female']],
    ]);
  });
});

describe('parseDHasil', () => {
  it('round-trips a valid recap', () => {
    const d = recap({
      corrections: [
        { child: '3579011001002', field: 'users.male', old: 1, new: 2, reason: 'r', plenary: 'p' },
      ],
    });
    expect(parseDHasil(JSON.parse(JSON.stringify(d)))).toEqual(d);
  });

  it('checks the region and children against the level', () => {
    try {
      parseDHasil({
        ...recap(),
        region: '3579',
        children: ['3579011001001', '3579011001001', '3573011001001'],
        corrections: [{ child: '35', field: 'votes.__proto__', old: 0, new: 1, reason: 'r', plenary: 'p' }],
      });
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; problems: { code: string; fields: string[] }[] };
      expect(err.code).toBe('RECAP_INVALID_SHAPE');
      expect(err.problems.map((p) => [p.code, p.fields[0]])).toEqual([
        ['SHAPE_BAD_FORMAT', 'region'],
        ['SHAPE_DUPLICATE', 'children[1]'],
        ['SHAPE_BAD_FORMAT', 'corrections[0].field'],
        ['SHAPE_BAD_FORMAT', 'children[2]'],
      ]);
    }
  });

  it('refuses a recap of no children (it would lock its region before any TPS reported)', () => {
    expect(() => parseDHasil({ ...recap(), children: [] })).toThrow(
      expect.objectContaining({
        code: 'RECAP_INVALID_SHAPE',
        problems: [expect.objectContaining({ code: 'SHAPE_MISSING', fields: ['children'] })],
      }),
    );
  });

  it('uses "national" for the national recap of provinces', () => {
    const d = { ...recap(), level: 'national', region: 'national', children: ['35', '31'] };
    expect(parseDHasil(d).children).toEqual(['35', '31']);
  });
});
