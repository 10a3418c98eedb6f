/** Open the store a database URL names, and bring its schema up to date. */
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { Migrator } from 'kysely';
import { Store } from './store.js';
import { openSqlite } from './sqlite.js';
import { openPostgres } from './postgres.js';
import { migrationProvider } from './migrations/index.js';
import { wrapStoreError } from './errors.js';

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface OpenOptions {
  /** Called with the SQL of every statement run (tests that check what a read costs). */
  readonly onQuery?: (sql: string) => void;
}

export async function openStore(target: DatabaseTarget, options: OpenOptions = {}): Promise<Store> {
  if (target.kind === 'sqlite' && target.file !== ':memory:') {
    mkdirSync(dirname(target.file), { recursive: true });
    // Accounts, password hashes, TOTP secrets and reporters' identities live here: owner only.
    // SQLite gives its -wal and -shm files the database file's mode.
    if (!existsSync(target.file)) closeSync(openSync(target.file, 'a', 0o600));
  }
  const store = new Store(
    target.kind === 'sqlite'
      ? openSqlite(target.file, options)
      : openPostgres(target.url, options.onQuery === undefined ? {} : { onQuery: options.onQuery }),
  );
  try {
    await migrate(store);
  } catch (e) {
    await store.close().catch(() => undefined);
    throw wrapStoreError(e, 'migrate');
  }
  return store;
}

export async function migrate(store: Store): Promise<void> {
  const { error } = await new Migrator({ db: store.db, provider: migrationProvider }).migrateToLatest();
  if (error !== undefined) throw error;
}
