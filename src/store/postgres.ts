/**
 * The production store: PostgreSQL through pg. int8 results (counts, sums)
 * are parsed as JS numbers: every count Saksi keeps is far below 2^53.
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database as Schema } from './schema.js';
import type { StoreDriver } from './driver.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;
pg.types.setTypeParser(INT8_OID, (v) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v) => Number(v));

export function openPostgres(
  url: string,
  options: { max?: number; onQuery?: (sql: string) => void } = {},
): StoreDriver {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const onQuery = options.onQuery;
  const db = new Kysely<Schema>({
    dialect: new PostgresDialect({ pool }),
    ...(onQuery === undefined ? {} : { log: (event) => onQuery(event.query.sql) }),
  });
  return {
    dialect: 'postgres',
    db,
    maxParams: 60_000,
    close: () => db.destroy(),
  };
}
