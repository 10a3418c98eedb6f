/**
 * The record repositories address tables by name, from a kind's declaration;
 * Kysely's types cannot follow a table chosen at run time, so these
 * repositories see the database untyped. The kind's field table (rows
 * mapped by core/records/row.ts) and the contract suite keep them honest.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

export function untyped<D>(db: Kysely<D>): AnyDb {
  return db as unknown as AnyDb;
}

/** `region LIKE 'prefix%'`: codes are fixed-length per level, so a prefix is exactly "within". */
export function likePrefix(within: string): string {
  return `${within.replace(/[^0-9]/g, '')}%`;
}
