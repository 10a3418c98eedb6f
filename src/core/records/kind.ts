/**
 * A record kind, declared once: its table and fields, the region and period
 * it is filed under, the list order and filters, which fields are personal,
 * what the audit trail keeps, which policy actions guard it, its state
 * machine and its export columns. The store, the services and the routes
 * derive everything else from this declaration (docs/RECORDS.md).
 *
 * `source: 'api'` records are written through the API into their table;
 * `source: 'log'` kinds are projections of signed log statements (read and
 * exported the same way, never written through a record route).
 */
import type { Lang, Message, SaksiError } from '../errors/index.js';
import type { Fields } from './fields.js';
import type { Machine, Transition } from './machine.js';

export type KeyOf<R> = keyof R & string;

export interface OrderBy<R> {
  readonly key: KeyOf<R>;
  readonly desc?: boolean;
}

export interface ExportColumn<R> {
  readonly key: string;
  readonly label: Message;
  /** Default: the field of the same key, as text. */
  readonly value?: (r: R, lang: Lang) => string | number | null;
}

export interface RecordMachine<R> {
  // The kind does not care which states and actions its machine has.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly machine: Machine<R, any, any, Transition<any, any>>;
  /** The timeline table (subject_id, seq, at, action, from_state, to_state, actor_role, note). */
  readonly events: string;
  readonly state: KeyOf<R>;
  /** The deadline instant, for the due lists. */
  readonly due?: KeyOf<R>;
  readonly updatedAt: KeyOf<R>;
  /** The timeline's first step, written with the record. */
  readonly firstEvent: { readonly action: string; readonly at: KeyOf<R> };
  /** Raised when the state moved between reading and the conditional write. */
  readonly movedMeanwhile: () => SaksiError;
}

export interface RecordActions {
  /** Policy action names (core/auth/policy.ts tables). */
  readonly read: string;
  readonly create?: string;
  readonly transition?: string;
  /** Who may see the personal fields (absent: nobody through the API). */
  readonly personal?: string;
  /** Who may erase the personal fields on request (POST path/:id/erase-personal). */
  readonly erase?: string;
}

export interface RecordKind<R extends object = object> {
  /** The audit trail's target type, e.g. `violation-case`. */
  readonly name: string;
  readonly title: Message;
  readonly source: 'api' | 'log';
  readonly table: string;
  readonly fields: Fields<KeyOf<R>>;
  /** The region (or TPS) the record concerns: scope checks and `within` filters. */
  readonly region: KeyOf<R>;
  /** The local date (YYYY-MM-DD) a period filter (`from`, `to`) runs over. */
  readonly period: KeyOf<R>;
  readonly order: readonly OrderBy<R>[];
  /** Fields a list may be filtered on by equality. */
  readonly filters: readonly KeyOf<R>[];
  /** Fields never shown without the `personal` action and never kept in the audit trail. */
  readonly personal: readonly KeyOf<R>[];
  readonly audit: {
    readonly create: string;
    readonly transition?: string;
    /** What the audit trail keeps of a record (never personal fields). */
    readonly snapshot: (r: R) => Record<string, unknown>;
  };
  readonly actions: RecordActions;
  readonly machine?: RecordMachine<R>;
  readonly exports: readonly ExportColumn<R>[];
  readonly notFound: () => SaksiError;
}

export function defineKind<R extends object>(kind: RecordKind<R>): RecordKind<R> {
  const keys = new Set(Object.keys(kind.fields));
  const named = [
    kind.region,
    kind.period,
    ...kind.order.map((o) => o.key),
    ...kind.filters,
    ...kind.personal,
  ];
  if (kind.machine !== undefined)
    named.push(kind.machine.state, kind.machine.updatedAt, kind.machine.firstEvent.at);
  if (kind.machine?.due !== undefined) named.push(kind.machine.due);
  for (const k of named) if (!keys.has(k)) throw new Error(`record kind ${kind.name}: no field ${k}`);
  if (!keys.has('id')) throw new Error(`record kind ${kind.name}: no id field`);
  return kind;
}

/** The record as shown to a caller who may not see its personal fields. */
export function withoutPersonal<R extends object>(kind: RecordKind<R>, r: R): R {
  if (kind.personal.length === 0) return r;
  const out: Record<string, unknown> = { ...(r as Record<string, unknown>) };
  for (const k of kind.personal) out[k] = null;
  return out as R;
}
