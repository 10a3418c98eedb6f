import type { StoreDriver } from '../driver.js';
import type { TpsTable } from '../schema.js';
import { insertChunked } from '../bulk.js';
import type { RegionCode } from '../../core/regions/index.js';
import type { Tps } from '../../core/registry/index.js';

export interface TpsTotals {
  readonly tps: number;
  readonly dptMale: number;
  readonly dptFemale: number;
  readonly dptTotal: number;
}

/** The TPS registry. */
export class TpsRepo {
  constructor(private readonly driver: StoreDriver) {}

  /** Bulk insert in one transaction; TPS already registered are kept as they are. */
  async insertMany(list: readonly Tps[]): Promise<void> {
    const rows = list.map(toRow);
    await this.driver.db
      .transaction()
      .execute((tx) => insertChunked(tx, 'tps', rows, ['code'], this.driver.maxParams));
  }

  async get(code: RegionCode): Promise<Tps | undefined> {
    const row = await this.driver.db
      .selectFrom('tps')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    return row === undefined ? undefined : toTps(row);
  }

  async inVillage(village: RegionCode): Promise<Tps[]> {
    const rows = await this.driver.db
      .selectFrom('tps')
      .selectAll()
      .where('village', '=', village)
      .orderBy('number')
      .execute();
    return rows.map(toTps);
  }

  /** Every TPS within a region (regency or below), in code order. */
  async within(prefix: RegionCode): Promise<Tps[]> {
    const rows = await this.driver.db
      .selectFrom('tps')
      .selectAll()
      .where('code', 'like', `${prefix.replace(/[^0-9]/g, '')}%`)
      .orderBy('code')
      .execute();
    return rows.map(toTps);
  }

  /** Count and DPT of every TPS within a region (any level; '' for the whole country). */
  async totals(prefix: RegionCode | ''): Promise<TpsTotals> {
    const column = columnFor(prefix);
    let q = this.driver.db
      .selectFrom('tps')
      .select([
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.sum<number>('dpt_male').as('m'),
        (eb) => eb.fn.sum<number>('dpt_female').as('f'),
        (eb) => eb.fn.sum<number>('dpt_total').as('t'),
      ]);
    if (column !== null) q = q.where(column, '=', prefix);
    const r = await q.executeTakeFirstOrThrow();
    return {
      tps: Number(r.n),
      dptMale: Number(r.m ?? 0),
      dptFemale: Number(r.f ?? 0),
      dptTotal: Number(r.t ?? 0),
    };
  }

  /** DPT totals per child region of a region (the registry's, whatever has reported). */
  async dptByChild(prefix: RegionCode): Promise<Map<RegionCode, number>> {
    const child = childColumnFor(prefix);
    const parent = columnFor(prefix);
    if (child === null || parent === null) return new Map();
    const rows = await this.driver.db
      .selectFrom('tps')
      .select([child, (eb) => eb.fn.sum<number>('dpt_total').as('t')])
      .where(parent, '=', prefix)
      .groupBy(child)
      .execute();
    return new Map(rows.map((r) => [(r as Record<string, unknown>)[child] as RegionCode, Number(r.t ?? 0)]));
  }

  /** TPS counts per child region of a region, for progress tables. */
  async countByChild(prefix: RegionCode): Promise<Map<RegionCode, number>> {
    const child = childColumnFor(prefix);
    const parent = columnFor(prefix);
    if (child === null || parent === null) return new Map();
    const rows = await this.driver.db
      .selectFrom('tps')
      .select([child, (eb) => eb.fn.countAll<number>().as('n')])
      .where(parent, '=', prefix)
      .groupBy(child)
      .execute();
    return new Map(rows.map((r) => [(r as Record<string, unknown>)[child] as RegionCode, Number(r.n)]));
  }
}

type LevelColumn = 'province' | 'regency' | 'district' | 'village';
const BY_LENGTH: Record<number, LevelColumn> = { 2: 'province', 4: 'regency', 6: 'district', 10: 'village' };
const CHILD: Record<LevelColumn, LevelColumn | 'code'> = {
  province: 'regency',
  regency: 'district',
  district: 'village',
  village: 'code',
};

function columnFor(prefix: string): LevelColumn | null {
  return BY_LENGTH[prefix.length] ?? null;
}

function childColumnFor(prefix: string): LevelColumn | 'code' | null {
  const c = columnFor(prefix);
  return c === null ? null : CHILD[c];
}

function toRow(t: Tps): TpsTable {
  return {
    code: t.code,
    village: t.village,
    district: t.code.slice(0, 6),
    regency: t.code.slice(0, 4),
    province: t.code.slice(0, 2),
    number: t.number,
    address: t.address,
    dpt_male: t.dpt.male,
    dpt_female: t.dpt.female,
    dpt_total: t.dpt.total,
  };
}

function toTps(r: TpsTable): Tps {
  return {
    code: r.code as RegionCode,
    village: r.village as RegionCode,
    number: Number(r.number),
    address: r.address,
    dpt: { male: Number(r.dpt_male), female: Number(r.dpt_female), total: Number(r.dpt_total) },
  };
}
