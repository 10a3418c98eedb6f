import { describe, expect, it } from 'vitest';
import { apportion, generateRegistry, parseTpsCsv } from './index.js';
import type { RegionCode } from '../regions/index.js';

describe('apportion', () => {
  it('always sums to the total and gives each weight at least one seat', () => {
    for (const [total, weights] of [
      [302, [1, 1, 1]],
      [10, [5, 1, 1, 3]],
      [7, [0.1, 0.1, 100]],
      [3, [1, 1, 1, 1, 1]],
    ] as const) {
      const out = apportion(total, weights);
      expect(out.reduce((a, b) => a + b, 0)).toBe(total);
      if (total >= weights.length) expect(Math.min(...out)).toBeGreaterThanOrEqual(1);
    }
    expect(apportion(10, [3, 1])).toEqual([7, 3]);
  });
});

describe('generateRegistry', () => {
  const villages = ['3579011001', '3579011002', '3579021003'].map((c) => ({
    code: c as RegionCode,
    name: 'Desa',
  }));
  it('is deterministic, sized as asked and within DPT bounds', () => {
    const a = generateRegistry({ villages, totalTps: 20, seed: 1 });
    const b = generateRegistry({ villages, totalTps: 20, seed: 1 });
    expect(a).toEqual(b);
    expect(a).toHaveLength(20);
    expect(new Set(a.map((t) => t.code)).size).toBe(20);
    for (const t of a) {
      expect(t.dpt.total).toBe(t.dpt.male + t.dpt.female);
      expect(t.dpt.total).toBeGreaterThanOrEqual(150);
      expect(t.dpt.total).toBeLessThanOrEqual(600);
      expect(t.code.startsWith(t.village)).toBe(true);
    }
    expect(generateRegistry({ villages, totalTps: 20, seed: 2 })).not.toEqual(a);
  });
});

describe('parseTpsCsv', () => {
  it('reads both code spellings and the village+number form', () => {
    const rows = parseTpsCsv(
      'tps,village,number,address,dpt_male,dpt_female,dpt_total\n' +
        '35.79.01.1001.001,,,"Jl. Dewi Sartika, Batu",150,160,310\n' +
        ',3579011001,2,Balai Desa,100,101,\n',
    );
    expect(rows.map((r) => [r.code, r.number, r.dpt.total])).toEqual([
      ['3579011001001', 1, 310],
      ['3579011001002', 2, 201],
    ]);
    expect(rows[0]?.address).toBe('Jl. Dewi Sartika, Batu');
  });
  it('lists every bad line and imports nothing', () => {
    const text =
      'tps,address,dpt_male,dpt_female,dpt_total\n' +
      '3579011001001,a,10,10,21\n' + // sum
      '35790110,b,10,10,20\n' + // code
      '3579011001002,c,x,10,\n' + // count
      '3579011001003,d,1,1,2\n' +
      '3579011001003,e,1,1,2\n'; // duplicate
    try {
      parseTpsCsv(text);
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; problems: { code: string; fields: string[] }[] };
      expect(err.code).toBe('TPS_CSV_INVALID');
      expect(err.problems.map((p) => [p.code, p.fields[0]])).toEqual([
        ['TPS_CSV_DPT_SUM', 'line 2: dpt_total'],
        ['TPS_CSV_CODE_INVALID', 'line 3: tps'],
        ['TPS_CSV_COUNT_INVALID', 'line 4: dpt_male'],
        ['TPS_CSV_DUPLICATE', 'line 6: tps'],
      ]);
    }
  });
  it('requires a code column', () => {
    expect(() => parseTpsCsv('address,dpt_male\nx,1')).toThrowError(
      expect.objectContaining({ code: 'TPS_CSV_INVALID' }),
    );
  });
});
