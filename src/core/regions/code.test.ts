import { describe, expect, it } from 'vitest';
import { ancestry, formatDotted, isWithin, levelOf, parentOf, parseRegionCode, tpsCode } from './code.js';
import type { RegionCode } from './code.js';

describe('parseRegionCode', () => {
  it.each([
    ['35', '35'],
    ['35.79', '3579'],
    ['3579', '3579'],
    ['35.79.01', '357901'],
    ['357901', '357901'],
    ['35.79.01.1001', '3579011001'],
    ['3579011001', '3579011001'],
    ['3579011001001', '3579011001001'],
    ['35.79.01.1001.001', '3579011001001'],
    [' 35.79 ', '3579'],
  ])('accepts %s as %s', (input, canonical) => {
    expect(parseRegionCode(input)).toBe(canonical);
  });

  it.each([
    '',
    '3',
    '357',
    '35.7',
    '35..79',
    '35.79.1',
    'abc',
    '35.79.01.100',
    '3579.01',
    '1'.repeat(40),
    '35,79',
  ])('rejects %j with REGION_CODE_INVALID', (input) => {
    expect(() => parseRegionCode(input)).toThrowError(
      expect.objectContaining({ code: 'REGION_CODE_INVALID' }),
    );
  });
});

describe('hierarchy helpers', () => {
  const tps = parseRegionCode('3579011001001');
  it('knows levels, parents and ancestry', () => {
    expect(levelOf(tps)).toBe('tps');
    expect(parentOf(tps)).toBe('3579011001');
    expect(parentOf('35' as RegionCode)).toBeNull();
    expect(ancestry(tps)).toEqual(['35', '3579', '357901', '3579011001', '3579011001001']);
    expect(isWithin(tps, '3579' as RegionCode)).toBe(true);
    expect(isWithin(tps, '3573' as RegionCode)).toBe(false);
  });
  it('formats the dotted spelling and builds TPS codes', () => {
    expect(formatDotted('3579011001' as RegionCode)).toBe('35.79.01.1001');
    expect(tpsCode('3579011001' as RegionCode, 7)).toBe('3579011001007');
    expect(() => tpsCode('3579011001' as RegionCode, 0)).toThrowError(
      expect.objectContaining({ code: 'TPS_NUMBER_INVALID' }),
    );
  });
});
