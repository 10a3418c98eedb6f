import type { StoreDriver } from '../driver.js';
import type { RegionTable } from '../schema.js';
import { insertChunked } from '../bulk.js';
import { ancestry, formatDotted, LEVELS } from '../../core/regions/index.js';
import type { RegionCode, RegionLevel } from '../../core/regions/index.js';

export interface Region {
  readonly code: RegionCode;
  readonly dotted: string;
  readonly level: RegionLevel;
  readonly name: string;
  readonly parent: RegionCode | null;
  /** 'kemendagri' for the official list; 'kpu' for a code only KPU data names. */
  readonly source: 'kemendagri' | 'kpu';
}

export type RegionRow = Omit<RegionTable, 'note'> & { note?: string | null };

export interface RegionIssue {
  readonly code: RegionCode;
  readonly kind: string;
  readonly detail: string;
  readonly reportedAt: string;
}

/** Regions: the official hierarchy plus any KPU-only codes, marked. */
export class RegionRepo {
  constructor(private readonly driver: StoreDriver) {}

  /** Bulk load, all or nothing; rows already present are kept. */
  async insertMany(rows: readonly RegionRow[]): Promise<void> {
    const full = rows.map((r) => ({ ...r, note: r.note ?? null }));
    await this.driver.db
      .transaction()
      .execute((tx) => insertChunked(tx, 'region', full, ['code'], this.driver.maxParams));
  }

  async counts(): Promise<Record<Exclude<RegionLevel, 'tps'>, number>> {
    const rows = await this.driver.db
      .selectFrom('region')
      .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('level')
      .execute();
    const by = new Map(rows.map((r) => [Number(r.level), Number(r.n)]));
    return {
      province: by.get(1) ?? 0,
      regency: by.get(2) ?? 0,
      district: by.get(3) ?? 0,
      village: by.get(4) ?? 0,
    };
  }

  async get(code: RegionCode): Promise<Region | undefined> {
    const row = await this.driver.db
      .selectFrom('region')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    return row === undefined ? undefined : toRegion(row);
  }

  /** Children in code order; `null` lists the provinces. */
  async children(code: RegionCode | null): Promise<Region[]> {
    const q = this.driver.db.selectFrom('region').selectAll();
    const rows = await (code === null ? q.where('level', '=', 1) : q.where('parent', '=', code))
      .orderBy('code')
      .execute();
    return rows.map(toRegion);
  }

  /** The region's ancestors from the province down (the region itself excluded). */
  async ancestors(code: RegionCode): Promise<Region[]> {
    const codes = ancestry(code).slice(0, -1);
    if (codes.length === 0) return [];
    const rows = await this.driver.db
      .selectFrom('region')
      .selectAll()
      .where('code', 'in', codes)
      .orderBy('level')
      .execute();
    return rows.map(toRegion);
  }

  /** Regions at a level within a prefix, e.g. every desa of Kota Batu. */
  async within(prefix: RegionCode, level: Exclude<RegionLevel, 'tps'>): Promise<Region[]> {
    const rows = await this.driver.db
      .selectFrom('region')
      .selectAll()
      .where('level', '=', LEVELS.indexOf(level) + 1)
      .where('code', 'like', `${prefix}%`)
      .orderBy('code')
      .execute();
    return rows.map(toRegion);
  }

  /**
   * Keep a code that KPU data names but the official list lacks: insert it
   * marked as source 'kpu' and record an issue for the operator. Never drop it.
   */
  async keepKpuCode(row: Omit<RegionRow, 'source'>, detail: string, now: Date): Promise<void> {
    await this.driver.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('region')
        .values({ ...row, source: 'kpu', note: row.note ?? detail })
        .onConflict((oc) => oc.column('code').doNothing())
        .execute();
      await tx
        .insertInto('region_issue')
        .values({ code: row.code, kind: 'missing-from-kemendagri', detail, reported_at: now.toISOString() })
        .onConflict((oc) => oc.columns(['code', 'kind']).doNothing())
        .execute();
    });
  }

  async issues(): Promise<RegionIssue[]> {
    const rows = await this.driver.db.selectFrom('region_issue').selectAll().orderBy('code').execute();
    return rows.map((r) => ({
      code: r.code as RegionCode,
      kind: r.kind,
      detail: r.detail,
      reportedAt: r.reported_at,
    }));
  }
}

function toRegion(row: RegionTable): Region {
  const code = row.code as RegionCode;
  return {
    code,
    dotted: formatDotted(code),
    level: LEVELS[Number(row.level) - 1] as RegionLevel,
    name: row.name,
    parent: row.parent as RegionCode | null,
    source: row.source === 'kpu' ? 'kpu' : 'kemendagri',
  };
}
