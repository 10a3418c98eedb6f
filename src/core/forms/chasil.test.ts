import { describe, expect, it } from 'vitest';
import { parseCHasil } from './chasil.js';
import { isSaksiError } from '../errors/index.js';
import type { Problem } from '../errors/index.js';
import { makeValidCHasil } from './testing.js';

/** The problems of a parse as `[code, field]`. */
function problemsOf(input: unknown): [string, string | undefined][] {
  try {
    parseCHasil(input);
  } catch (e) {
    if (!isSaksiError(e) || e.code !== 'FORM_INVALID_SHAPE') throw e;
    return e.problems.map((p: Problem) => [p.code, p.fields[0]]);
  }
  return [];
}

const valid = () => JSON.parse(JSON.stringify(makeValidCHasil())) as Record<string, unknown>;

describe('parseCHasil', () => {
  it('accepts a valid form as JSON and returns it unchanged', () => {
    expect(parseCHasil(valid())).toEqual(makeValidCHasil());
  });

  it('accepts every status and the kolom kosong', () => {
    for (const status of ['pemungutan_ulang', 'penghitungan_lanjutan']) {
      expect(parseCHasil({ ...valid(), status, votes: { '1': 150, empty: 70 } }).status).toBe(status);
    }
  });

  it('lists every shape problem with its field path in one error', () => {
    const input = valid();
    input.valid = -1;
    input.invalid = 1.5;
    input.total = '227';
    input.tps = '35.79.01.1001.001';
    input.status = 'normal';
    input.extra = true;
    (input.voters as { dpt: Record<string, unknown> }).dpt.male = Number.MAX_SAFE_INTEGER + 1;
    delete (input.ballots as Record<string, unknown>).unused;
    expect(problemsOf(input)).toEqual([
      ['SHAPE_UNKNOWN_FIELD', 'extra'],
      ['SHAPE_BAD_FORMAT', 'tps'],
      ['SHAPE_BAD_FORMAT', 'status'],
      ['SHAPE_NOT_COUNT', 'voters.dpt.male'],
      ['SHAPE_MISSING', 'ballots.unused'],
      ['SHAPE_NOT_COUNT', 'valid'],
      ['SHAPE_NOT_COUNT', 'invalid'],
      ['SHAPE_NOT_COUNT', 'total'],
    ]);
  });

  it('gives the error a bilingual message and the first field', () => {
    try {
      parseCHasil({ ...valid(), valid: -1 });
      expect.unreachable();
    } catch (e) {
      expect(isSaksiError(e) && [e.field, e.messages.id, e.messages.en]).toEqual([
        'valid',
        'Formulir C.Hasil tidak sah (1 masalah).',
        'The C.Hasil form is not valid (1 problems).',
      ]);
    }
  });

  it('bounds images: lowercase SHA-256 hex, at most 20, no duplicates', () => {
    const h = (c: string) => c.repeat(64);
    expect(problemsOf({ ...valid(), images: [h('A')] })).toEqual([['SHAPE_BAD_FORMAT', 'images[0]']]);
    expect(problemsOf({ ...valid(), images: [h('a'), h('a')] })).toEqual([['SHAPE_DUPLICATE', 'images[1]']]);
    expect(
      problemsOf({
        ...valid(),
        images: Array.from({ length: 21 }, (_, i) => i.toString(16).padStart(64, '0')),
      }),
    ).toEqual([['SHAPE_TOO_MANY', 'images']]);
  });

  it('bounds votes: at most 20 keys, safe ids only', () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [String(i + 1), 0]));
    expect(problemsOf({ ...valid(), votes: many })).toEqual([['SHAPE_TOO_MANY', 'votes']]);
    const proto = JSON.parse('{"__proto__": 5, "1": 215}') as unknown;
    expect(problemsOf({ ...valid(), votes: proto })).toEqual([['SHAPE_BAD_FORMAT', 'votes.__proto__']]);
    expect(problemsOf({ ...valid(), votes: { ['x'.repeat(101)]: 1 } })[0]?.[0]).toBe('SHAPE_BAD_FORMAT');
  });

  it('requires a real ISO 8601 UTC time of counting', () => {
    for (const countedAt of [
      '2024-11-27 07:30:00',
      '2024-11-27T07:30:00+07:00',
      '2024-02-30T07:30:00Z',
      '2024-11-27T24:00:00Z',
    ]) {
      expect(problemsOf({ ...valid(), countedAt })).toEqual([['SHAPE_BAD_FORMAT', 'countedAt']]);
    }
    expect(problemsOf({ ...valid(), countedAt: '2024-02-29T23:59:59.123Z' })).toEqual([]);
  });

  it('reports a missing section once, not each of its fields', () => {
    const input = valid();
    delete input.voters;
    expect(problemsOf(input)).toEqual([['SHAPE_MISSING', 'voters']]);
    expect(problemsOf({ ...valid(), disability: 5 })).toEqual([['SHAPE_WRONG_TYPE', 'disability']]);
  });

  it('refuses non-objects and over-long ids', () => {
    expect(problemsOf(null)[0]).toEqual(['SHAPE_WRONG_TYPE', '$']);
    expect(problemsOf([])[0]).toEqual(['SHAPE_WRONG_TYPE', '$']);
    expect(problemsOf({ ...valid(), contestId: 'x'.repeat(101) })).toEqual([['SHAPE_TOO_LONG', 'contestId']]);
  });
});
