import { describe, expect, it } from 'vitest';
import { decideOutcome, outcomeRuleFor } from './outcome.js';
import type { Votes } from './outcome.js';

describe('plurality', () => {
  it('gives the most valid votes the win, with no threshold (Kota Batu 2024)', () => {
    const out = decideOutcome({ rule: 'plurality', votes: { '1': 65_684, '2': 38_610, '3': 26_234 } });
    expect([out.kind, out.winner]).toEqual(['winner', '1']);
  });

  it('flags a tie and breaks it by spread: votes in more areas', () => {
    const areas: Record<string, Votes> = {
      '357901': { a: 60, b: 50, c: 1 },
      '357902': { a: 40, b: 50, c: 1 },
      '357903': { a: 0, b: 0, c: 1 },
      '357904': { a: 1, b: 0, c: 0 },
    };
    const out = decideOutcome({ rule: 'plurality', votes: { a: 101, b: 101, c: 3 }, areas });
    expect(out).toMatchObject({ kind: 'tie', winner: 'a', tied: ['a', 'b'] });
    expect(out.reason.en).toContain('spread over more areas');
  });

  it('falls back to the areas led when the spread is equal', () => {
    const areas = { x: { a: 10, b: 5 }, y: { a: 10, b: 5 }, z: { a: 10, b: 20 } };
    expect(decideOutcome({ rule: 'plurality', votes: { a: 30, b: 30 }, areas })).toMatchObject({
      kind: 'tie',
      winner: 'a',
    });
  });

  it('is undecided when the tie cannot be broken or no areas are given', () => {
    expect(decideOutcome({ rule: 'plurality', votes: { a: 30, b: 30 } })).toMatchObject({
      kind: 'undecided',
      tied: ['a', 'b'],
    });
    const areas = { x: { a: 10, b: 20 }, y: { a: 20, b: 10 } };
    expect(decideOutcome({ rule: 'plurality', votes: { a: 30, b: 30 }, areas })).toMatchObject({
      kind: 'undecided',
      tied: ['a', 'b'],
    });
    expect(decideOutcome({ rule: 'plurality', votes: { a: 0, b: 0 } }).kind).toBe('undecided');
  });
});

describe('single pair against the kolom kosong', () => {
  const run = (pair: number, empty: number) =>
    decideOutcome({ rule: 'single-pair', votes: { '1': pair, kk: empty }, emptyColumn: 'kk' });

  it('the pair wins with 50% + 1 vote', () => {
    expect(run(501, 500)).toMatchObject({ kind: 'winner', winner: '1' });
    expect(run(51, 49).kind).toBe('winner');
  });

  it('loses at exactly 50%, or below: the election is held again', () => {
    expect(run(500, 500)).toMatchObject({ kind: 'reelection' });
    expect(run(1, 2).kind).toBe('reelection');
    expect(run(500, 500).winner).toBeUndefined();
  });

  it('needs exactly one pair and the kolom kosong', () => {
    expect(() =>
      decideOutcome({ rule: 'single-pair', votes: { '1': 5, '2': 5 }, emptyColumn: 'kk' }),
    ).toThrow(expect.objectContaining({ code: 'OUTCOME_INPUT_INVALID' }));
  });
});

describe('Jakarta governor: majority or run-off', () => {
  it('wins outright above 50%', () => {
    expect(
      decideOutcome({ rule: 'majority-runoff', votes: { '1': 1001, '2': 600, '3': 400 } }),
    ).toMatchObject({ kind: 'winner', winner: '1' });
  });

  it('goes to a run-off of the top two at 50% or below', () => {
    expect(
      decideOutcome({ rule: 'majority-runoff', votes: { '1': 1000, '2': 600, '3': 400 } }),
    ).toMatchObject({
      kind: 'runoff',
      runoff: ['1', '2'],
    });
    expect(
      decideOutcome({ rule: 'majority-runoff', votes: { '1': 400, '2': 400, '3': 300 } }).runoff,
    ).toEqual(['1', '2']);
  });

  it('is undecided when the second place is tied', () => {
    expect(decideOutcome({ rule: 'majority-runoff', votes: { '1': 40, '2': 30, '3': 30 } })).toMatchObject({
      kind: 'undecided',
      tied: ['2', '3'],
    });
  });
});

describe('president: > 50% and ≥ 20% in more than half of the provinces', () => {
  /** Five provinces of different sizes; `third` is pair a's share in province 13. */
  const provinces = (third: { a: number; b: number; c: number }): Record<string, Votes> => ({
    '11': { a: 300, b: 0, c: 0 },
    '12': { a: 100, b: 0, c: 0 },
    '13': third,
    '14': { a: 10, b: 45, c: 45 },
    '15': { a: 10, b: 45, c: 45 },
  });
  const national = (areas: Record<string, Votes>): Votes => {
    const sum: Record<string, number> = {};
    for (const p of Object.values(areas)) for (const [k, n] of Object.entries(p)) sum[k] = (sum[k] ?? 0) + n;
    return sum;
  };

  it('wins with a majority and ≥ 20% in 3 of 5 provinces (exactly 20% counts)', () => {
    const areas = provinces({ a: 20, b: 41, c: 39 });
    expect(national(areas)).toEqual({ a: 440, b: 131, c: 129 });
    expect(decideOutcome({ rule: 'president', votes: national(areas), areas })).toMatchObject({
      kind: 'winner',
      winner: 'a',
    });
  });

  it('goes to a run-off with a majority but ≥ 20% in only 2 of 5 provinces', () => {
    const areas = provinces({ a: 19, b: 41, c: 40 });
    const out = decideOutcome({ rule: 'president', votes: national(areas), areas });
    expect(out).toMatchObject({ kind: 'runoff', runoff: ['a', 'b'] });
    expect(out.reason.en).toContain('2 of 5 provinces');
  });

  it('counts the provinces named by provinceCount', () => {
    const areas = provinces({ a: 20, b: 41, c: 39 });
    expect(decideOutcome({ rule: 'president', votes: national(areas), areas, provinceCount: 6 }).kind).toBe(
      'runoff',
    );
    expect(decideOutcome({ rule: 'president', votes: national(areas), areas, provinceCount: 5 }).kind).toBe(
      'winner',
    );
  });

  it('goes to a run-off without a majority', () => {
    const areas = { '11': { a: 50, b: 30, c: 20 }, '12': { a: 50, b: 30, c: 20 } };
    expect(decideOutcome({ rule: 'president', votes: national(areas), areas })).toMatchObject({
      kind: 'runoff',
      runoff: ['a', 'b'],
    });
  });

  it('is undecided without per-province votes', () => {
    expect(decideOutcome({ rule: 'president', votes: { a: 60, b: 30, c: 10 } }).kind).toBe('undecided');
  });

  it('with two pairs, the plurality wins (MK 50/PUU-XII/2014) unless switched off', () => {
    const areas = { '11': { a: 100, b: 0 }, '12': { a: 0, b: 90 }, '13': { a: 0, b: 1 } };
    expect(decideOutcome({ rule: 'president', votes: { a: 100, b: 91 }, areas })).toMatchObject({
      kind: 'winner',
      winner: 'a',
    });
    expect(
      decideOutcome({ rule: 'president', votes: { a: 100, b: 91 }, areas, twoPairPlurality: false }).kind,
    ).toBe('runoff');
  });
});

describe('outcomeRuleFor and input checks', () => {
  it('picks the rule from the contest and its pairs', () => {
    const pair = { emptyColumn: false };
    expect(outcomeRuleFor({ kind: 'mayor', region: '3579' as never }, [pair, pair])).toBe('plurality');
    expect(outcomeRuleFor({ kind: 'mayor', region: '3578' as never }, [pair, { emptyColumn: true }])).toBe(
      'single-pair',
    );
    expect(outcomeRuleFor({ kind: 'governor', region: '31' as never }, [pair, pair, pair])).toBe(
      'majority-runoff',
    );
    expect(outcomeRuleFor({ kind: 'governor', region: '35' as never }, [pair, pair, pair])).toBe('plurality');
    expect(outcomeRuleFor({ kind: 'president', region: 'national' }, [pair, pair, pair])).toBe('president');
  });

  it('refuses negative or fractional votes', () => {
    expect(() => decideOutcome({ rule: 'plurality', votes: { a: -1 } })).toThrow(
      expect.objectContaining({ code: 'OUTCOME_INPUT_INVALID' }),
    );
    expect(() => decideOutcome({ rule: 'plurality', votes: { a: 1.5 } })).toThrow(
      expect.objectContaining({ code: 'OUTCOME_INPUT_INVALID' }),
    );
    expect(() => decideOutcome({ rule: 'plurality', votes: {} })).toThrow(
      expect.objectContaining({ code: 'OUTCOME_INPUT_INVALID' }),
    );
  });
});

describe('reasons name the pairs', () => {
  it('uses the names given, never a vote count that looks like an id', () => {
    const names = { '1000806': '1. NUROCHMAN - HERU', '1000807': '2. FIRHANDO - RUDI' };
    const o = decideOutcome({ rule: 'plurality', votes: { '1000806': 1000807, '1000807': 5 }, names });
    expect(o.reason.id).toBe('1. NUROCHMAN - HERU memperoleh suara sah terbanyak.');
    const single = decideOutcome({
      rule: 'single-pair',
      votes: { '1000806': 40, empty: 60 },
      emptyColumn: 'empty',
      names: { '1000806': '1. NUROCHMAN - HERU', empty: 'Kolom kosong' },
    });
    expect(single.reason.en).toBe(
      '1. NUROCHMAN - HERU has 40 of 100 valid votes, not more than 50%: the kolom kosong prevails and the election is held again.',
    );
    // Without names, the ids.
    expect(decideOutcome({ rule: 'plurality', votes: { a: 2, b: 1 } }).reason.en).toBe(
      'a has the most valid votes.',
    );
  });
});
