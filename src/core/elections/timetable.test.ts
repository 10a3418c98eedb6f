import { describe, expect, it } from 'vitest';
import { PILKADA_2024_TIMETABLE, dateInZone, timetableOf, timetablePosition } from './timetable.js';

const at = (iso: string) => timetablePosition(PILKADA_2024_TIMETABLE, new Date(iso));

describe('Pilkada 2024 timetable', () => {
  it('holds the stages of docs/DOMAIN.md §8 in order, each ending on or after its start', () => {
    const ids = PILKADA_2024_TIMETABLE.stages.map((s) => s.id);
    expect(ids.slice(0, 8)).toEqual([
      'registration',
      'registration-extended',
      'determination',
      'ballot-numbers',
      'campaign',
      'quiet',
      'voting',
      'recap-district',
    ]);
    for (const s of PILKADA_2024_TIMETABLE.stages) {
      expect(s.start <= s.end, s.id).toBe(true);
      expect(s.name.id && s.name.en && s.description.id && s.description.en, s.id).toBeTruthy();
    }
    expect(timetableOf('pilkada2024')).toBe(PILKADA_2024_TIMETABLE);
    expect(timetableOf('pemilu2029')).toBeUndefined();
  });

  it('counts days in WIB: 27 Nov 2024 00:30 WIB is voting day though it is still the 26th in UTC', () => {
    expect(dateInZone(new Date('2024-11-26T17:30:00Z'), 'WIB')).toBe('2024-11-27');
    expect(at('2024-11-26T16:59:59Z').current).toEqual(['quiet']);
    expect(at('2024-11-26T17:00:00Z').current).toEqual(['voting']);
  });

  it('lists every overlapping stage as current', () => {
    expect(at('2024-12-01T05:00:00Z').current).toEqual([
      'recap-district',
      'recap-regency',
      'recap-province',
      'announcement',
    ]);
  });

  it('says before, during (with the next stage) and after', () => {
    expect(at('2024-08-01T00:00:00Z')).toMatchObject({ phase: 'before', current: [], next: 'registration' });
    expect(at('2024-08-31T00:00:00Z')).toMatchObject({
      phase: 'during',
      current: [],
      next: 'registration-extended',
    });
    expect(at('2026-01-01T00:00:00Z')).toMatchObject({ phase: 'after', current: [], next: null });
  });
});
