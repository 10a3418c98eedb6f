/**
 * Results reads cost no scan of per-TPS rows: totals come from the tally (the
 * log's projection), progress from cached registry counts, and a view read
 * twice within a second is computed once. Every SQL statement the reads run
 * is recorded and checked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../src/core/log/encoding.js';
import { BATU, recapForm } from '../../src/core/recap/testing.js';
import { sealStatement } from '../../src/core/statements/index.js';
import { ENTRY_HANDLERS } from '../../src/core/verify/handlers.js';
import { newSeed, nodeCrypto, nodeSigner } from '../../src/crypto/node.js';
import { VerifyPool } from '../../src/crypto/verify-pool.js';
import { ensureDemo } from '../../src/demo/load.js';
import { Ingest } from '../../src/ingest/ingest.js';
import { buildApp } from '../../src/server/app.js';
import { ensureRegionsLoaded } from '../../src/services/regions/load.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';
import { openLogFixture } from '../support/log-fixture.js';
import type { LogFixture } from '../support/log-fixture.js';

describe('results reads', () => {
  const queries: string[] = [];
  let dir: string;
  let store: Store;
  let fx: LogFixture;
  let pool: VerifyPool;
  let app: FastifyInstance;
  let tps: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saksi-reads-'));
    store = await openStore(
      { kind: 'sqlite', file: join(dir, 'saksi.db') },
      { onQuery: (q) => queries.push(q) },
    );
    await ensureRegionsLoaded(store);
    await ensureDemo(store, new Date('2024-11-01T00:00:00Z'));
    const rows = await store.db
      .selectFrom('tps')
      .select('code')
      .where('regency', '=', '3579')
      .orderBy('code')
      .execute();
    tps = rows.slice(0, 60).map((r) => r.code);
    fx = await openLogFixture({ electionId: 'pilkada2024', genesisContests: [BATU] });
    pool = new VerifyPool(2);
    const ingest = await Ingest.open({
      log: fx.log,
      crypto: nodeCrypto,
      pool,
      rootKey: fx.root.publicKey,
      handlers: ENTRY_HANDLERS,
    });
    const keys = tps.map(() => nodeSigner(newSeed()));
    await ingest.submit(
      keys.map((k, i) =>
        sealStatement(nodeCrypto, fx.root, 'key.register', {
          publicKey: encodeBase64(k.publicKey),
          role: 'kpps',
          scope: { region: tps[i] },
          name: `KPPS ${tps[i]}`,
        }),
      ),
    );
    const results = await ingest.submit(
      keys.map((k, i) => sealStatement(nodeCrypto, k, 'form.chasil', recapForm(BATU, tps[i] as string))),
    );
    expect(results.every((r) => r.status === 'accepted')).toBe(true);
    app = await buildApp({ store, config: { bodyLimit: 1 << 20, logLevel: 'silent' }, log: fx.log, ingest });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await pool?.close();
    await fx?.dispose();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never reads per-TPS rows for an area, and reads each view once per second at most', async () => {
    const first = tps[0] as string;
    const paths = ['3579', first.slice(0, 6), first.slice(0, 10)].map((r) => `/api/results/${BATU.id}/${r}`);
    queries.length = 0;
    for (const url of paths) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.json().data.totals.progress.reported).toBeGreaterThan(0);
    }
    const touchingTps = queries.filter((q) => /\bfrom "tps"/i.test(q));
    // Only aggregates over the registry (the denominators of progress), and a desa's own list of
    // TPS (its children, by index): never rows of TPS for an area above.
    for (const q of touchingTps) expect(q, q).toMatch(/\b(count|sum)\(|where "village" = /i);
    expect(touchingTps.filter((q) => !/\b(count|sum)\(/i.test(q))).toEqual([
      `select * from "tps" where "village" = '${first.slice(0, 10)}' order by "number"`,
    ]);
    expect(queries.some((q) => /form/i.test(q))).toBe(false);

    // The same views again: served from the rendered copy, no SQL at all.
    queries.length = 0;
    for (const url of paths) expect((await app.inject({ url })).statusCode).toBe(200);
    expect(queries).toEqual([]);
  });

  it('answers a conditional read with 304 while the log has not moved', async () => {
    const url = `/api/results/${BATU.id}/3579`;
    const first = await app.inject({ url });
    const again = await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(first.headers.etag).toBe(`"0.${fx.log.size}"`);
  });
});
