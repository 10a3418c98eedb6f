/**
 * The embedded store: SQLite through better-sqlite3, one file in the data
 * directory. WAL lets readers run beside the writer; synchronous=NORMAL in WAL
 * mode is durable against process crashes (the published record is the log,
 * which fsyncs on its own).
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from './schema.js';
import type { StoreDriver } from './driver.js';
import { wrapStoreError } from './errors.js';

export function openSqlite(file: string): StoreDriver {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
  } catch (e) {
    throw wrapStoreError(e, `open SQLite database ${file}`);
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
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
