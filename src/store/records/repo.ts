/**
 * One repository for every record kind, derived from its declaration
 * (core/records/kind.ts). Guarantees: `update` changes a record only while
 * it is still in the state the transition was decided from (optimistic
 * concurrency: two officers acting at once cannot both move it); `load` is
 * all-or-nothing in the caller's transaction and idempotent on `id`; reads
 * return records exactly as they were written (numbers as numbers, flags as
 * booleans, JSON parsed).
 */
import { columnOf, columnsOf, fromRow, patchRow, toRow } from '../../core/records/index.js';
import type { KeyOf, RecordFilter, RecordKind, Row } from '../../core/records/index.js';
import { likePrefix } from './dynamic.js';
import type { AnyDb } from './dynamic.js';

/** Open records whose deadline passes before `soonUntil` (overdue ones included). */
export interface DueFilter {
  readonly within: string | null;
  /** Default: the machine's open states. */
  readonly states?: readonly string[];
  readonly soonUntil: string;
  readonly limit: number;
}

/** One group of a count: the grouped fields' values and `n`. */
export interface GroupRow {
  readonly [field: string]: string | number | null | undefined;
  readonly n: number;
  readonly sum?: number | null;
}

export class RecordRepo<R extends object> {
  constructor(
    private readonly db: AnyDb,
    readonly kind: RecordKind<R>,
    private readonly maxParams: number,
  ) {}

  private col(key: KeyOf<R>): string {
    return columnOf(key, this.kind.fields[key]);
  }

  private read(row: Row): R {
    return fromRow<R>(this.kind.fields, row);
  }

  async insert(r: R): Promise<void> {
    await this.db.insertInto(this.kind.table).values(toRow(this.kind.fields, r)).execute();
  }

  async byId(id: string): Promise<R | undefined> {
    return this.findBy('id' as KeyOf<R>, id);
  }

  /** The record whose `key` (a unique field, such as a tracking code) is `value`. */
  async findBy(key: KeyOf<R>, value: string): Promise<R | undefined> {
    const row = (await this.db
      .selectFrom(this.kind.table)
      .selectAll()
      .where(this.col(key), '=', value)
      .executeTakeFirst()) as Row | undefined;
    return row === undefined ? undefined : this.read(row);
  }

  /** Apply `patch` if the record is still in `fromState`; false when it was moved meanwhile. */
  async update(id: string, fromState: string, patch: Partial<R>): Promise<boolean> {
    const m = this.kind.machine;
    if (m === undefined) throw new Error(`${this.kind.name} has no state machine`);
    const r = await this.db
      .updateTable(this.kind.table)
      .set(patchRow(this.kind.fields, patch))
      .where('id', '=', id)
      .where(this.col(m.state), '=', fromState)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Set fields unconditionally (erasing personal data); false when there is no such record. */
  async set(id: string, patch: Partial<R>): Promise<boolean> {
    const r = await this.db
      .updateTable(this.kind.table)
      .set(patchRow(this.kind.fields, patch))
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Ids of records whose `key` (an instant or date) is before `before` and whose personal fields are not yet erased. */
  async withPersonalBefore(key: KeyOf<R>, before: string, limit: number): Promise<string[]> {
    const personal = this.kind.personal.map((k) => this.col(k));
    if (personal.length === 0) return [];
    const rows = (await this.db
      .selectFrom(this.kind.table)
      .select('id')
      .where(this.col(key), '<', before)
      .where((eb) => eb.or(personal.map((c) => eb(c, 'is not', null))))
      .orderBy('id')
      .limit(limit)
      .execute()) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /** Records in a region and period, filtered on declared fields, in the kind's order. */
  async list(f: RecordFilter<R>): Promise<R[]> {
    let q = this.db.selectFrom(this.kind.table).selectAll();
    if (f.within !== null) q = q.where(this.col(this.kind.region), 'like', likePrefix(f.within));
    const day = this.col(this.kind.period);
    if (f.from !== undefined) q = q.where(day, '>=', f.from);
    if (f.to !== undefined) q = q.where(day, '<=', f.to);
    for (const [key, value] of Object.entries(f.where ?? {})) {
      if (value === undefined) continue;
      if (!(this.kind.filters as readonly string[]).includes(key))
        throw new Error(`${this.kind.name}: ${key} is not a filter`);
      q = q.where(this.col(key as KeyOf<R>), '=', value);
    }
    for (const o of this.kind.order) q = q.orderBy(this.col(o.key), o.desc === true ? 'desc' : 'asc');
    const rows = (await q
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset ?? 0)
      .execute()) as Row[];
    return rows.map((row) => this.read(row));
  }

  /** Open records due before `soonUntil`, most urgent first. */
  async due(f: DueFilter): Promise<R[]> {
    const m = this.kind.machine;
    if (m?.due === undefined) throw new Error(`${this.kind.name} has no deadline`);
    const dueCol = this.col(m.due);
    let q = this.db
      .selectFrom(this.kind.table)
      .selectAll()
      .where(this.col(m.state), 'in', [...(f.states ?? m.machine.open)])
      .where(dueCol, '<=', f.soonUntil);
    if (f.within !== null) q = q.where(this.col(this.kind.region), 'like', likePrefix(f.within));
    const rows = (await q.orderBy(dueCol).orderBy('id').limit(f.limit).execute()) as Row[];
    return rows.map((row) => this.read(row));
  }

  /** Counts (and optionally the sum of an int field) grouped by fields, over a region and period (for recaps). */
  async groups(
    by: readonly KeyOf<R>[],
    f: Omit<RecordFilter<R>, 'limit' | 'offset' | 'where'>,
    sum?: KeyOf<R>,
  ): Promise<GroupRow[]> {
    const cols = by.map((k) => this.col(k));
    let q = this.db
      .selectFrom(this.kind.table)
      .select((eb) => [
        ...cols,
        eb.fn.countAll().as('n'),
        ...(sum === undefined ? [] : [eb.fn.sum(this.col(sum)).as('sum')]),
      ]);
    if (f.within !== null) q = q.where(this.col(this.kind.region), 'like', likePrefix(f.within));
    const day = this.col(this.kind.period);
    if (f.from !== undefined) q = q.where(day, '>=', f.from);
    if (f.to !== undefined) q = q.where(day, '<=', f.to);
    const rows = (await q.groupBy(cols).execute()) as Row[];
    return rows.map((row) => {
      const out: Record<string, string | number | null> = {};
      by.forEach((k, i) => (out[k] = row[cols[i] as string] as string | null));
      return { ...out, n: Number(row.n), ...(sum === undefined ? {} : { sum: Number(row.sum ?? 0) }) };
    });
  }

  /** Bulk insert in chunks sized to the dialect; rows already present are kept. */
  async load(records: readonly R[]): Promise<void> {
    if (records.length === 0) return;
    const size = Math.max(1, Math.floor(this.maxParams / columnsOf(this.kind.fields).length));
    for (let i = 0; i < records.length; i += size) {
      const rows = records.slice(i, i + size).map((r) => toRow(this.kind.fields, r));
      await this.db
        .insertInto(this.kind.table)
        .values(rows)
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
  }
}
