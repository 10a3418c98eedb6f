import { describe, expect, it } from 'vitest';
import { parseSirekapPaslon } from './sirekap-paslon.js';
import { PPWP_2024 } from './ppwp-fixture.js';

const codes = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    const err = e as { code: string; problems: { code: string; fields: string[] }[] };
    return [err.code, ...err.problems.map((p) => `${p.code} ${p.fields.join(',')}`)];
  }
  return [];
};

describe("KPU's candidate files", () => {
  it('reads the flat presidential file as one national contest, pairs in ballot order', () => {
    const [contest, ...rest] = parseSirekapPaslon(PPWP_2024);
    expect(rest).toEqual([]);
    expect(contest?.region).toBe('national');
    expect(contest?.pairs.map((p) => [p.id, p.ballotNumber, p.head, p.deputy])).toEqual([
      ['100025', 1, 'H. ANIES RASYID BASWEDAN, Ph.D.', 'Dr. (H.C.) H. A. MUHAIMIN ISKANDAR'],
      ['100026', 2, 'H. PRABOWO SUBIANTO', 'GIBRAN RAKABUMING RAKA'],
      ['100027', 3, 'H. GANJAR PRANOWO, S.H., M.I.P.', 'Prof. Dr. H. M. MAHFUD MD'],
    ]);
    // Key order in the file does not matter.
    const shuffled = {
      '100027': PPWP_2024['100027'],
      '100025': PPWP_2024['100025'],
      '100026': PPWP_2024['100026'],
    };
    expect(parseSirekapPaslon(shuffled)[0]?.pairs.map((p) => p.id)).toEqual(['100025', '100026', '100027']);
  });

  it('reads the per-region Pilkada shape as before', () => {
    const file = { '3579': { '1000806': { nama: 'A - B', warna: '#B67352', nomor_urut: 1 } } };
    expect(parseSirekapPaslon(file).map((c) => [c.region, c.pairs.length])).toEqual([['3579', 1]]);
  });

  it('refuses a file that mixes both shapes, and a flat pair that is broken, naming the field', () => {
    const mixed = { '100025': PPWP_2024['100025'], '3579': { '1000806': PPWP_2024['100026'] } };
    expect(codes(() => parseSirekapPaslon(mixed))).toEqual([
      'PASLON_FILE_INVALID',
      'PASLON_SHAPE_AMBIGUOUS $',
    ]);
    const broken = { ...PPWP_2024, '100026': { ...PPWP_2024['100026'], nomor_urut: 0, warna: 'red' } };
    expect(codes(() => parseSirekapPaslon(broken))).toEqual([
      'PASLON_FILE_INVALID',
      'PASLON_COLOR_INVALID 100026.warna',
      'PASLON_BALLOT_NUMBER_INVALID 100026.nomor_urut',
    ]);
  });

  it('refuses two pairs under one ballot number, before anything is written', () => {
    const twice = { ...PPWP_2024, '100027': { ...PPWP_2024['100027'], nomor_urut: 2 } };
    expect(codes(() => parseSirekapPaslon(twice))).toEqual([
      'PASLON_FILE_INVALID',
      'PASLON_BALLOT_NUMBER_DUPLICATE 100027.nomor_urut',
    ]);
    const regional = { '3579': { '1000806': PPWP_2024['100025'], '1000807': PPWP_2024['100025'] } };
    expect(codes(() => parseSirekapPaslon(regional))).toEqual([
      'PASLON_FILE_INVALID',
      'PASLON_BALLOT_NUMBER_DUPLICATE 3579.1000807.nomor_urut',
    ]);
  });
});
