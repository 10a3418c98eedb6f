import { describe, expect, it } from 'vitest';
import { match } from './router.js';

describe('match (the portal and console paths)', () => {
  it('reads named and optional parameters', () => {
    expect(match('/hasil/:contest/:region?', '/hasil/pilkada2024-pkwkk-3579/357901')).toEqual({
      contest: 'pilkada2024-pkwkk-3579',
      region: '357901',
    });
    expect(match('/hasil/:contest/:region?', '/hasil/pilkada2024-pkwkk-3579')).toEqual({
      contest: 'pilkada2024-pkwkk-3579',
    });
    expect(match('/kandidat/:contest?', '/kandidat')).toEqual({});
  });

  it('refuses other paths: a missing required part, an extra part, another literal', () => {
    expect(match('/tps/:code', '/tps')).toBeNull();
    expect(match('/tps/:code', '/tps/3579011001001/extra')).toBeNull();
    expect(match('/tps/:code', '/hasil/3579011001001')).toBeNull();
  });

  it('ignores leading, trailing and doubled slashes', () => {
    expect(match('/tps/:code', '//tps/3579011001001/')).toEqual({ code: '3579011001001' });
  });
});
