/**
 * Real stores for tests: a fresh SQLite file per call, and a fresh PostgreSQL
 * database per call (created on the server named by SAKSI_TEST_POSTGRES_URL,
 * default postgres://postgres@127.0.0.1:5432/postgres, and dropped at close).
 * When PostgreSQL is unreachable, its tests skip with a printed reason —
 * except under CI (`CI=true`), where that is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';

export const POSTGRES_ADMIN_URL =
  process.env.SAKSI_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestStore {
  store: Store;
  /** Close the store and delete its data. */
  dispose(): Promise<void>;
  url: string;
}

export async function openTestSqlite(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'saksi-test-'));
  const file = join(dir, 'saksi.db');
  const store = await openStore({ kind: 'sqlite', file });
  return {
    store,
    url: `sqlite:${file}`,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether the PostgreSQL server answers; the reason when it does not. */
export async function postgresStatus(): Promise<{ ok: true } | { ok: false; reason: string }> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { ok: true };
  } catch (e) {
    return {
      ok: false,
      reason: `PostgreSQL not reachable at ${POSTGRES_ADMIN_URL}: ${(e as Error).message}`,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Throws under CI when PostgreSQL is down; otherwise says whether to run. */
export async function postgresOrSkip(): Promise<boolean> {
  const status = await postgresStatus();
  if (status.ok) return true;
  if (process.env.CI === 'true') throw new Error(`${status.reason}; PostgreSQL is required under CI`);
  console.warn(`skipping PostgreSQL tests: ${status.reason}`);
  return false;
}

export async function openTestPostgres(): Promise<TestStore> {
  const name = `saksi_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const store = await openStore({ kind: 'postgres', url: url.toString() });
  return {
    store,
    url: url.toString(),
    dispose: async () => {
      await store.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * The set-up every storage contract suite shares: open the store before the
 * suite (handing it to `onOpen`), dispose of it after, and a `run` that
 * skips each test when the store could not be opened (PostgreSQL down, not under CI).
 */
export function contractHooks(
  open: () => Promise<TestStore | null>,
  onOpen: (store: Store) => void,
): (title: string, fn: () => Promise<void>) => void {
  let t: TestStore | null = null;
  beforeAll(async () => {
    t = await open();
    if (t !== null) onOpen(t.store);
  });
  afterAll(async () => {
    await t?.dispose();
  });
  return (title, fn) =>
    it(title, async (ctx) => {
      if (t === null) return ctx.skip();
      await fn();
    });
}
