/** Disputes (PSAP and petitions against KPU decisions); `update` is conditional on the state, like cases. */
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.js';
import type { DisputeTable } from '../../schema-supervision.js';
import type { Dispute } from '../../../core/supervision/index.js';
import { likePrefix } from './filter.js';
import type { PageFilter } from './filter.js';
import type { DueFilter } from './cases.js';
import { disputeRow, toDispute } from './rows.js';

export type DisputePatch = Partial<Pick<DisputeTable, 'state' | 'register_number' | 'updated_at'>>;

export class DisputeRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(d: Dispute): Promise<void> {
    await this.db.insertInto('dispute').values(disputeRow(d)).execute();
  }

  async byId(id: string): Promise<Dispute | undefined> {
    const row = await this.db.selectFrom('dispute').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toDispute(row);
  }

  async update(id: string, fromState: string, patch: DisputePatch): Promise<boolean> {
    const r = await this.db
      .updateTable('dispute')
      .set(patch)
      .where('id', '=', id)
      .where('state', '=', fromState)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async list(f: PageFilter & { readonly kind?: string; readonly state?: string }): Promise<Dispute[]> {
    let q = this.db.selectFrom('dispute').selectAll();
    if (f.within !== null) q = q.where('region', 'like', likePrefix(f.within));
    if (f.from !== undefined) q = q.where('received_on', '>=', f.from);
    if (f.to !== undefined) q = q.where('received_on', '<=', f.to);
    if (f.kind !== undefined) q = q.where('kind', '=', f.kind);
    if (f.state !== undefined) q = q.where('state', '=', f.state);
    const rows = await q
      .orderBy('received_at', 'desc')
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset ?? 0)
      .execute();
    return rows.map(toDispute);
  }

  async due(f: DueFilter): Promise<Dispute[]> {
    let q = this.db
      .selectFrom('dispute')
      .selectAll()
      .where('state', 'in', [...f.states])
      .where('due_at', '<=', f.soonUntil);
    if (f.within !== null) q = q.where('region', 'like', likePrefix(f.within));
    const rows = await q.orderBy('due_at').orderBy('id').limit(f.limit).execute();
    return rows.map(toDispute);
  }
}
