/** What an adapter (sqlite.ts, postgres.ts) gives the repositories. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface StoreDriver {
  readonly dialect: Dialect;
  readonly db: Kysely<Database>;
  /** Largest number of bound parameters one statement may carry. */
  readonly maxParams: number;
  close(): Promise<void>;
}
