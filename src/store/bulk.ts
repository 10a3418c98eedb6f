/**
 * Multi-row inserts in chunks sized to the dialect's parameter limit, all in
 * the caller's transaction. Rows already present (same primary key) are kept
 * as they are: bulk loads are idempotent.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export async function insertChunked<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Database[T][],
  conflictColumns: readonly string[],
  maxParams: number,
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first as object).length;
  const size = Math.max(1, Math.floor(maxParams / columns));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await db
      .insertInto(table)
      // Kysely cannot relate a generic table name to its row type; the rows are typed by the caller.
      .values(chunk as never)
      .onConflict((oc) => oc.columns(conflictColumns as never).doNothing())
      .execute();
  }
}
