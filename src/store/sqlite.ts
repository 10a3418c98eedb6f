/**
 * The embedded store: SQLite through better-sqlite3, one file in the data
 * directory. WAL lets readers run beside the writer; synchronous=FULL makes
 * every committed transaction durable against power loss too, not only
 * process crashes: the store holds records the log does not (accounts, the
 * audit trail, citizens' violation reports), and bulk paths commit in few
 * large transactions, so the fsync per commit costs little.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from './schema.js';
import type { StoreDriver } from './driver.js';
import { wrapStoreError } from './errors.js';

export function openSqlite(file: string, options: { onQuery?: (sql: string) => void } = {}): StoreDriver {
  let sqlite: Database.Database;
  try {
    const onQuery = options.onQuery;
    sqlite = new Database(file, onQuery === undefined ? {} : { verbose: (sql) => onQuery(String(sql)) });
  } catch (e) {
    throw wrapStoreError(e, `open SQLite database ${file}`);
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    dialect: 'sqlite',
    db,
    maxParams: 32_000,
    close: () => db.destroy(),
  };
}
