/** The region and period of a recap or statistics view, kept in the URL so that each view is a permalink. */
import type { Location } from '../app/router.js';

export interface Period {
  readonly region: string;
  readonly from: string;
  readonly to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** WIT (UTC+9): the last of Indonesia's zones to leave a date, so "today" everywhere in the country. */
const WIT_OFFSET_MS = 9 * 3600 * 1000;

/** The latest local date anywhere in Indonesia now: a period ending here includes today's records. */
export function latestIndonesianDate(now = Date.now()): string {
  return new Date(now + WIT_OFFSET_MS).toISOString().slice(0, 10);
}

/** From the query, else this year up to today in `fallbackRegion`. */
export function periodOf(location: Location, fallbackRegion: string): Period {
  const end = latestIndonesianDate();
  const q = location.query;
  const from = q.get('from') ?? '';
  const to = q.get('to') ?? '';
  return {
    region: q.get('region') ?? fallbackRegion,
    from: DATE.test(from) ? from : `${end.slice(0, 4)}-01-01`,
    to: DATE.test(to) ? to : end,
  };
}

export function periodQuery(p: Period, extra: Readonly<Record<string, string>> = {}): string {
  const q = new URLSearchParams();
  if (p.region !== '') q.set('region', p.region);
  q.set('from', p.from);
  q.set('to', p.to);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return `?${q.toString()}`;
}
