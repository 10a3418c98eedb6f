/**
 * Violation cases. Guarantees: a tracking code is unique; `update` changes a
 * case only while it is still in the state the transition was decided from
 * (optimistic concurrency: two officers acting at once cannot both move it).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.js';
import type { ViolationCaseTable } from '../../schema-supervision.js';
import { likePrefix } from './filter.js';
import type { PageFilter } from './filter.js';
import { caseRow, toCase } from './rows.js';
import type { StoredCase } from './rows.js';

export interface CaseListFilter extends PageFilter {
  readonly origin?: 'finding' | 'report';
  readonly state?: string;
  readonly category?: string;
}

/** Open items whose deadline has passed (`now`) or passes before `soonUntil`. */
export interface DueFilter {
  readonly within: string | null;
  readonly states: readonly string[];
  readonly now: string;
  readonly soonUntil: string;
  readonly limit: number;
}

export type CasePatch = Partial<
  Pick<
    ViolationCaseTable,
    | 'state'
    | 'outcome'
    | 'register_number'
    | 'requirements_met'
    | 'extended'
    | 'due_at'
    | 'agency'
    | 'updated_at'
  >
>;

export class CaseRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(c: StoredCase): Promise<void> {
    await this.db.insertInto('violation_case').values(caseRow(c)).execute();
  }

  async byId(id: string): Promise<StoredCase | undefined> {
    const row = await this.db
      .selectFrom('violation_case')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toCase(row);
  }

  async byTrackingCode(code: string): Promise<StoredCase | undefined> {
    const row = await this.db
      .selectFrom('violation_case')
      .selectAll()
      .where('tracking_code', '=', code)
      .executeTakeFirst();
    return row === undefined ? undefined : toCase(row);
  }

  /** Apply `patch` if the case is still in `fromState`; false when it was moved meanwhile. */
  async update(id: string, fromState: string, patch: CasePatch): Promise<boolean> {
    const r = await this.db
      .updateTable('violation_case')
      .set(patch)
      .where('id', '=', id)
      .where('state', '=', fromState)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async list(f: CaseListFilter): Promise<StoredCase[]> {
    let q = this.db.selectFrom('violation_case').selectAll();
    if (f.within !== null) q = q.where('region', 'like', likePrefix(f.within));
    if (f.from !== undefined) q = q.where('received_on', '>=', f.from);
    if (f.to !== undefined) q = q.where('received_on', '<=', f.to);
    if (f.origin !== undefined) q = q.where('origin', '=', f.origin);
    if (f.state !== undefined) q = q.where('state', '=', f.state);
    if (f.category !== undefined) q = q.where('category', '=', f.category);
    const rows = await q
      .orderBy('received_at', 'desc')
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset ?? 0)
      .execute();
    return rows.map(toCase);
  }

  /** Open cases due before `soonUntil`, most urgent first (overdue ones included). */
  async due(f: DueFilter): Promise<StoredCase[]> {
    let q = this.db
      .selectFrom('violation_case')
      .selectAll()
      .where('state', 'in', [...f.states])
      .where('due_at', '<=', f.soonUntil);
    if (f.within !== null) q = q.where('region', 'like', likePrefix(f.within));
    const rows = await q.orderBy('due_at').orderBy('id').limit(f.limit).execute();
    return rows.map(toCase);
  }
}
