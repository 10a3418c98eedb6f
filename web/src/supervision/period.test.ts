import { describe, expect, it } from 'vitest';
import { latestIndonesianDate, periodOf, periodQuery } from './period.js';

const at = (query: string) => ({ path: '/pengawasan/rekap', query: new URLSearchParams(query) });

describe('the period of a supervision view', () => {
  it("takes today's date in WIT, the last of Indonesia's zones to leave a date", () => {
    // 15:30 UTC is 00:30 the next day in WIT (UTC+9), still the same day in WIB (UTC+7).
    expect(latestIndonesianDate(Date.parse('2024-11-27T15:30:00Z'))).toBe('2024-11-28');
    expect(latestIndonesianDate(Date.parse('2024-11-27T14:59:59Z'))).toBe('2024-11-27');
  });

  it('reads region and dates from the query, falling back for what is missing or malformed', () => {
    expect(periodOf(at('region=3579&from=2024-09-01&to=2024-12-31'), '35')).toEqual({
      region: '3579',
      from: '2024-09-01',
      to: '2024-12-31',
    });
    const fallback = periodOf(at('from=1.9.2024'), '35');
    const today = latestIndonesianDate();
    expect(fallback).toEqual({ region: '35', from: `${today.slice(0, 4)}-01-01`, to: today });
  });

  it('writes the period back as a permalink query, extra parameters last', () => {
    expect(periodQuery({ region: '3579', from: '2024-09-01', to: '2024-12-31' }, { view: 'a b' })).toBe(
      '?region=3579&from=2024-09-01&to=2024-12-31&view=a+b',
    );
    expect(periodQuery({ region: '', from: '2024-01-01', to: '2024-01-31' })).toBe(
      '?from=2024-01-01&to=2024-01-31',
    );
  });
});
