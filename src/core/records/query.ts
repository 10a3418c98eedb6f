/**
 * The list filter every record kind shares, and the same filter applied in
 * memory (for kinds projected from the log, and to prove the store's SQL
 * against). A region prefix is exactly "within": codes are fixed-length per level.
 */
import type { KeyOf, RecordKind } from './kind.js';

export interface RecordFilter<R> {
  /** Region code prefix; null: the whole country. */
  readonly within: string | null;
  /** First and last local date of the kind's period field, inclusive. */
  readonly from?: string;
  readonly to?: string;
  /** Equality on the kind's declared filters. */
  readonly where?: Partial<Record<KeyOf<R>, string>>;
  readonly limit: number;
  readonly offset?: number;
}

export function matches<R extends object>(kind: RecordKind<R>, f: RecordFilter<R>, r: R): boolean {
  const v = r as Record<string, unknown>;
  if (f.within !== null && !String(v[kind.region]).startsWith(f.within)) return false;
  const day = String(v[kind.period]);
  if (f.from !== undefined && day < f.from) return false;
  if (f.to !== undefined && day > f.to) return false;
  for (const [k, want] of Object.entries(f.where ?? {}))
    if (want !== undefined && String(v[k]) !== want) return false;
  return true;
}

/** Filter, order and page records held in memory, as the store does in SQL. */
export function selectRecords<R extends object>(
  kind: RecordKind<R>,
  f: RecordFilter<R>,
  all: readonly R[],
): R[] {
  const sorted = all.filter((r) => matches(kind, f, r)).sort((a, b) => compare(kind, a, b));
  const start = f.offset ?? 0;
  return sorted.slice(start, start + f.limit);
}

function compare<R extends object>(kind: RecordKind<R>, a: R, b: R): number {
  for (const o of [...kind.order, { key: 'id' as KeyOf<R> }]) {
    const x = String(a[o.key]);
    const y = String(b[o.key]);
    if (x !== y) return (x < y ? -1 : 1) * ('desc' in o && o.desc === true ? -1 : 1);
  }
  return 0;
}
