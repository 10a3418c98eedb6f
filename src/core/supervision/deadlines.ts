/**
 * Deadlines of violation handling and disputes, counted in days in the
 * region's own time zone (WIB, WITA, WIT; times are stored in UTC). Whether a
 * "day" is a calendar day or a working day (Monday–Friday, less configured
 * holidays) is configuration per election kind: the Pilkada law counts days,
 * the Pemilu law working days (docs/DOMAIN.md §6, marked **verify**: the numbers
 * are configuration, not hard-coded law).
 */
import type { ElectionKind } from '../elections/index.js';
import { UTC_OFFSET_MINUTES, zoneOf } from '../regions/index.js';
import type { IndonesianZone, RegionCode } from '../regions/index.js';

export type DayCount = 'calendar' | 'working';

export interface DeadlineRules {
  readonly dayCount: DayCount;
  /** A report filed later than this many days after the violation became known is late. */
  readonly reportWithinDays: number;
  /** The follow-up (decision) is due this many days after receipt… */
  readonly decideWithinDays: number;
  /** …extended by this many when more information is asked of the reporter. */
  readonly extensionDays: number;
  /** PSAP in special conditions (otherwise the same day). */
  readonly psapSpecialDays: number;
  /** A petition against a KPU decision is late after this many days. */
  readonly petitionWithinDays: number;
  /** A petition against a KPU decision is decided within this many days of receipt. */
  readonly petitionDecideDays: number;
}

export interface DeadlineConfig {
  readonly rules: Readonly<Record<ElectionKind, DeadlineRules>>;
  /** Public holidays and collective leave (YYYY-MM-DD), skipped when counting working days. */
  readonly holidays: readonly string[];
}

const PILKADA: DeadlineRules = {
  dayCount: 'calendar',
  reportWithinDays: 7,
  decideWithinDays: 3,
  extensionDays: 2,
  psapSpecialDays: 3,
  petitionWithinDays: 3,
  petitionDecideDays: 12,
};

export const DEFAULT_DEADLINES: DeadlineConfig = {
  rules: { pilkada: PILKADA, pemilu: { ...PILKADA, dayCount: 'working' } },
  holidays: [],
};

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date (YYYY-MM-DD) of an instant in an Indonesian time zone. */
export function localDate(instant: string | Date, zone: IndonesianZone): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + UTC_OFFSET_MINUTES[zone] * 60_000).toISOString().slice(0, 10);
}

/** The UTC instant at which a local date begins in a zone. */
export function startOfLocalDay(date: string, zone: IndonesianZone): string {
  return new Date(dateMs(date) - UTC_OFFSET_MINUTES[zone] * 60_000).toISOString();
}

/** The date `n` calendar or working days after `date`. */
export function addDays(date: string, n: number, count: DayCount, holidays: ReadonlySet<string>): string {
  if (count === 'calendar') return shift(date, n);
  let d = date;
  for (let left = n; left > 0;) {
    d = shift(d, 1);
    if (isWorkingDay(d, holidays)) left -= 1;
  }
  return d;
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(dateMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** A deadline: the last day (local) and the instant it passes (the next local midnight, UTC). */
export interface Deadline {
  readonly dueOn: string;
  readonly dueAt: string;
}

export function deadlineAfter(
  from: string,
  days: number,
  zone: IndonesianZone,
  rules: DeadlineRules,
  holidays: ReadonlySet<string>,
): Deadline {
  const dueOn = addDays(from, days, rules.dayCount, holidays);
  return { dueOn, dueAt: startOfLocalDay(shift(dueOn, 1), zone) };
}

/** What the deadlines of a violation case are, from its dates. */
export interface CaseDeadlines {
  readonly receivedOn: string;
  /** Filed later than the report window after the violation became known (laporan only). */
  readonly late: boolean;
  readonly due: Deadline;
}

export function caseDeadlines(input: {
  readonly region: RegionCode;
  readonly electionKind: ElectionKind;
  readonly origin: 'finding' | 'report';
  readonly knownOn: string;
  readonly receivedAt: string;
  readonly extended: boolean;
  readonly config: DeadlineConfig;
}): CaseDeadlines {
  const zone = zoneOf(input.region);
  const rules = input.config.rules[input.electionKind];
  const holidays = new Set(input.config.holidays);
  const receivedOn = localDate(input.receivedAt, zone);
  const lastDay = addDays(input.knownOn, rules.reportWithinDays, rules.dayCount, holidays);
  const days = rules.decideWithinDays + (input.extended ? rules.extensionDays : 0);
  return {
    receivedOn,
    late: input.origin === 'report' && receivedOn > lastDay,
    due: deadlineAfter(receivedOn, days, zone, rules, holidays),
  };
}

export function disputeDeadlines(input: {
  readonly region: RegionCode;
  readonly electionKind: ElectionKind;
  readonly kind: 'psap' | 'kpu-decision';
  readonly special: boolean;
  readonly decisionOn: string | null;
  readonly receivedAt: string;
  readonly config: DeadlineConfig;
}): CaseDeadlines {
  const zone = zoneOf(input.region);
  const rules = input.config.rules[input.electionKind];
  const holidays = new Set(input.config.holidays);
  const receivedOn = localDate(input.receivedAt, zone);
  if (input.kind === 'psap') {
    const days = input.special ? rules.psapSpecialDays : 0;
    return { receivedOn, late: false, due: deadlineAfter(receivedOn, days, zone, rules, holidays) };
  }
  const lastDay =
    input.decisionOn === null
      ? null
      : addDays(input.decisionOn, rules.petitionWithinDays, rules.dayCount, holidays);
  return {
    receivedOn,
    late: lastDay !== null && receivedOn > lastDay,
    due: deadlineAfter(receivedOn, rules.petitionDecideDays, zone, rules, holidays),
  };
}

/** True when the text is a real calendar date YYYY-MM-DD. */
export function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}

function dateMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function shift(date: string, days: number): string {
  return new Date(dateMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}
