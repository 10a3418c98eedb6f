import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../regions/index.js';
import {
  DEFAULT_DEADLINES,
  addDays,
  caseDeadlines,
  disputeDeadlines,
  isDate,
  localDate,
  startOfLocalDay,
} from './deadlines.js';

const rc = (s: string) => s as RegionCode;
const none = new Set<string>();
const BATANG = rc('3325'); // Jawa Tengah, WIB
const BALIKPAPAN = rc('6471'); // Kalimantan Timur, WITA
const JAYAPURA = rc('9171'); // Papua, WIT

describe('local days in WIB, WITA and WIT', () => {
  it('puts one instant on different dates in the three zones', () => {
    const t = '2024-11-26T15:30:00.000Z';
    expect(localDate(t, 'WIB')).toBe('2024-11-26'); // 22:30
    expect(localDate(t, 'WITA')).toBe('2024-11-26'); // 23:30
    expect(localDate(t, 'WIT')).toBe('2024-11-27'); // 00:30
  });
  it('turns the day at local midnight', () => {
    expect(localDate('2024-11-26T16:59:59.999Z', 'WIB')).toBe('2024-11-26');
    expect(localDate('2024-11-26T17:00:00.000Z', 'WIB')).toBe('2024-11-27');
    expect(localDate('2024-11-26T15:59:59.999Z', 'WITA')).toBe('2024-11-26');
    expect(localDate('2024-11-26T16:00:00.000Z', 'WITA')).toBe('2024-11-27');
    expect(startOfLocalDay('2024-11-27', 'WIT')).toBe('2024-11-26T15:00:00.000Z');
  });
});

describe('counting days', () => {
  it('crosses month and year ends, leap day included', () => {
    expect(addDays('2024-01-30', 3, 'calendar', none)).toBe('2024-02-02');
    expect(addDays('2024-02-28', 3, 'calendar', none)).toBe('2024-03-02');
    expect(addDays('2023-02-28', 1, 'calendar', none)).toBe('2023-03-01');
    expect(addDays('2024-12-30', 3, 'calendar', none)).toBe('2025-01-02');
    expect(addDays('2024-04-30', 7, 'calendar', none)).toBe('2024-05-07');
  });
  it('skips weekends and configured holidays when counting working days', () => {
    // Friday 9 Feb 2024; Pemilu day Wednesday 14 Feb is a holiday.
    expect(addDays('2024-02-09', 3, 'working', new Set(['2024-02-14']))).toBe('2024-02-15');
    expect(addDays('2024-02-09', 3, 'working', none)).toBe('2024-02-14');
    // Saturday start: Monday is the first working day.
    expect(addDays('2024-03-30', 1, 'working', none)).toBe('2024-04-01');
    // Month end over Eid al-Fitr collective leave 2024 (8–15 April).
    const lebaran = new Set([
      '2024-04-08',
      '2024-04-09',
      '2024-04-10',
      '2024-04-11',
      '2024-04-12',
      '2024-04-15',
    ]);
    expect(addDays('2024-04-05', 2, 'working', lebaran)).toBe('2024-04-17');
  });
  it('checks dates strictly', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('2024-13-01')).toBe(false);
    expect(isDate('24-01-01')).toBe(false);
  });
});

describe('violation case deadlines', () => {
  const base = {
    electionKind: 'pilkada' as const,
    origin: 'report' as const,
    knownOn: '2024-11-01',
    extended: false,
    config: DEFAULT_DEADLINES,
  };
  it('flags a report filed more than 7 days after the violation became known, in the region’s zone', () => {
    const lastEvening = '2024-11-08T16:30:00.000Z'; // 23:30 WIB on the 8th, 00:30 WITA on the 9th
    expect(caseDeadlines({ ...base, region: BATANG, receivedAt: lastEvening }).late).toBe(false);
    expect(caseDeadlines({ ...base, region: BALIKPAPAN, receivedAt: lastEvening }).late).toBe(true);
    expect(caseDeadlines({ ...base, region: BATANG, receivedAt: '2024-11-08T17:00:00.000Z' }).late).toBe(
      true,
    );
    expect(
      caseDeadlines({ ...base, origin: 'finding', region: BATANG, receivedAt: '2024-12-01T00:00:00Z' }).late,
    ).toBe(false);
  });
  it('is due 3 days after receipt (end of the local day), 5 with the extension', () => {
    const d = caseDeadlines({ ...base, region: BATANG, receivedAt: '2024-01-30T03:00:00.000Z' });
    expect(d.receivedOn).toBe('2024-01-30');
    expect(d.due).toEqual({ dueOn: '2024-02-02', dueAt: '2024-02-02T17:00:00.000Z' });
    const x = caseDeadlines({
      ...base,
      region: JAYAPURA,
      receivedAt: '2024-02-27T16:00:00.000Z',
      extended: true,
    });
    expect(x.receivedOn).toBe('2024-02-28');
    expect(x.due).toEqual({ dueOn: '2024-03-04', dueAt: '2024-03-04T15:00:00.000Z' });
  });
  it('counts working days for Pemilu, with the configured holidays', () => {
    const config = { ...DEFAULT_DEADLINES, holidays: ['2024-02-14'] };
    const d = caseDeadlines({
      ...base,
      electionKind: 'pemilu',
      region: BATANG,
      receivedAt: '2024-02-09T02:00:00.000Z',
      config,
    });
    expect(d.due.dueOn).toBe('2024-02-15');
    const late = caseDeadlines({
      ...base,
      electionKind: 'pemilu',
      knownOn: '2024-02-01',
      region: BATANG,
      receivedAt: '2024-02-12T02:00:00.000Z',
      config,
    });
    // 7 working days after Thu 1 Feb: Fri 2, Mon 5 … Fri 9, Mon 12 → 12 Feb is the last day.
    expect(late.late).toBe(false);
  });
});

describe('dispute deadlines', () => {
  const base = { electionKind: 'pilkada' as const, decisionOn: null, config: DEFAULT_DEADLINES };
  it('settles PSAP the same day, or within 3 days in special conditions', () => {
    const at = '2024-10-31T05:00:00.000Z';
    expect(
      disputeDeadlines({ ...base, region: BATANG, kind: 'psap', special: false, receivedAt: at }).due,
    ).toEqual({ dueOn: '2024-10-31', dueAt: '2024-10-31T17:00:00.000Z' });
    expect(
      disputeDeadlines({ ...base, region: BALIKPAPAN, kind: 'psap', special: true, receivedAt: at }).due
        .dueOn,
    ).toBe('2024-11-03');
  });
  it('flags a petition later than 3 days after the KPU decision; decides within 12 days', () => {
    const d = disputeDeadlines({
      ...base,
      region: BATANG,
      kind: 'kpu-decision',
      special: false,
      decisionOn: '2024-09-22',
      receivedAt: '2024-09-26T01:00:00.000Z',
    });
    expect(d.late).toBe(true);
    expect(d.due.dueOn).toBe('2024-10-08');
  });
});
