/** Reading records of any kind: one by id, a page in a region and period, the due lists, a timeline. */
import type { RecordFilter, RecordKind } from '../../core/records/index.js';
import type { RecordEvent } from '../../store/records/index.js';
import type { RecordDeps } from './context.js';

export async function loadRecord<R extends object>(
  deps: RecordDeps,
  kind: RecordKind<R>,
  id: string,
): Promise<R> {
  const r = await deps.store.records.of(kind).byId(id);
  if (r === undefined) throw kind.notFound();
  return r;
}

export function listRecords<R extends object>(
  deps: RecordDeps,
  kind: RecordKind<R>,
  filter: RecordFilter<R>,
): Promise<R[]> {
  return deps.store.records.of(kind).list(filter);
}

export function timelineOf<R extends object>(
  deps: RecordDeps,
  kind: RecordKind<R>,
  id: string,
): Promise<RecordEvent[]> {
  return deps.store.records.events(kind).list(id);
}

export interface Due<R> {
  readonly overdue: R[];
  readonly dueSoon: R[];
}

/** Open records whose deadline has passed, or passes within `hours`. */
export async function dueRecords<R extends object>(
  deps: RecordDeps,
  kind: RecordKind<R>,
  within: string | null,
  hours: number,
  limit: number,
): Promise<Due<R>> {
  const m = kind.machine;
  if (m?.due === undefined) throw new Error(`${kind.name} has no deadline`);
  const due = m.due;
  const now = deps.clock();
  const soonUntil = new Date(now.getTime() + hours * 3_600_000).toISOString();
  const list = await deps.store.records.of(kind).due({ within, soonUntil, limit });
  const late = (r: R) => String(r[due]) <= now.toISOString();
  return { overdue: list.filter(late), dueSoon: list.filter((r) => !late(r)) };
}
