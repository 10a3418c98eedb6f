import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { AuditTable } from '../schema-accounts.js';
import type { Dialect } from '../driver.js';
import { AUDIT_GENESIS_HASH, ChainVerifier, auditHash, canonicalJson } from '../../core/audit/index.js';
import type { ChainResult, ChainedAuditEntry } from '../../core/audit/index.js';

/** What a write records; `before`/`after` are JSON values (never secrets), canonicalised here. */
export interface AuditInput {
  readonly at: string;
  readonly channel: 'http' | 'cli' | 'system';
  readonly actorId: string | null;
  readonly actorUsername: string | null;
  readonly actorRole: string | null;
  readonly ip: string | null;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly region: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

export type AuditEntry = ChainedAuditEntry;

export interface AuditFilter {
  readonly actorId?: string;
  readonly action?: string;
  /** Entries whose region lies within this prefix; entries without a region are then left out. */
  readonly within?: string;
  readonly targetId?: string;
  readonly from?: string;
  readonly to?: string;
  /** Newest first; pass the smallest seq seen to get the next page. */
  readonly beforeSeq?: number;
  readonly limit: number;
}

/**
 * The hash-chained audit trail. Guarantees: `append` MUST be called in the
 * writing transaction (it opens one when called outside) so that a write and
 * its audit entry commit together or not at all; sequence numbers are
 * contiguous from 1 and each entry chains to the previous one, also under
 * concurrent appends (PostgreSQL: the table is locked for the transaction;
 * SQLite: transactions are serialised by the single connection).
 */
export class AuditRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  async append(input: AuditInput): Promise<AuditEntry> {
    if (!this.db.isTransaction)
      return this.db.transaction().execute((tx) => new AuditRepo(tx, this.dialect).append(input));
    if (this.dialect === 'postgres') await sql`lock table audit in exclusive mode`.execute(this.db);
    const last = await this.db
      .selectFrom('audit')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const content = {
      seq: last === undefined ? 1 : Number(last.seq) + 1,
      at: input.at,
      channel: input.channel,
      actorId: input.actorId,
      actorUsername: input.actorUsername,
      actorRole: input.actorRole,
      ip: input.ip,
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId,
      region: input.region,
      before: input.before === null || input.before === undefined ? null : canonicalJson(input.before),
      after: input.after === null || input.after === undefined ? null : canonicalJson(input.after),
    };
    const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
    const entry: AuditEntry = { ...content, prevHash, hash: auditHash(prevHash, content) };
    await this.db.insertInto('audit').values(toRow(entry)).execute();
    return entry;
  }

  async list(filter: AuditFilter): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('audit').selectAll();
    if (filter.actorId !== undefined) q = q.where('actor_id', '=', filter.actorId);
    if (filter.action !== undefined) q = q.where('action', '=', filter.action);
    if (filter.targetId !== undefined) q = q.where('target_id', '=', filter.targetId);
    if (filter.within !== undefined) q = q.where('region', 'like', `${filter.within}%`);
    if (filter.from !== undefined) q = q.where('at', '>=', filter.from);
    if (filter.to !== undefined) q = q.where('at', '<', filter.to);
    if (filter.beforeSeq !== undefined) q = q.where('seq', '<', filter.beforeSeq);
    const rows = await q.orderBy('seq', 'desc').limit(filter.limit).execute();
    return rows.map(toEntry);
  }

  async head(): Promise<{ seq: number; hash: string }> {
    const last = await this.db
      .selectFrom('audit')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return last === undefined
      ? { seq: 0, hash: AUDIT_GENESIS_HASH }
      : { seq: Number(last.seq), hash: last.hash };
  }

  /** Re-hash the whole chain from the first entry, a page at a time. */
  async verify(pageSize = 1000): Promise<ChainResult> {
    const verifier = new ChainVerifier();
    let after = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('audit')
        .selectAll()
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(pageSize)
        .execute();
      for (const row of rows) if (!verifier.push(toEntry(row))) return verifier.result();
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < pageSize) return verifier.result();
      after = Number(last.seq);
    }
  }
}

function toRow(e: AuditEntry): AuditTable {
  return {
    seq: e.seq,
    at: e.at,
    channel: e.channel,
    actor_id: e.actorId,
    actor_username: e.actorUsername,
    actor_role: e.actorRole,
    ip: e.ip,
    action: e.action,
    target_type: e.targetType,
    target_id: e.targetId,
    region: e.region,
    before: e.before,
    after: e.after,
    prev_hash: e.prevHash,
    hash: e.hash,
  };
}

function toEntry(r: AuditTable): AuditEntry {
  return {
    seq: Number(r.seq),
    at: r.at,
    channel: r.channel,
    actorId: r.actor_id,
    actorUsername: r.actor_username,
    actorRole: r.actor_role,
    ip: r.ip,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    region: r.region,
    before: r.before,
    after: r.after,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
