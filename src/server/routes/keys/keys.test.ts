import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATU_TPS, RecapTestLog } from '../../../core/recap/testing.js';
import type { TestKey } from '../../../core/recap/testing.js';
import type { Ingest } from '../../../ingest/ingest.js';
import { buildApp } from '../../app.js';
import { openTestSqlite } from '../../../../test/support/stores.js';
import type { TestStore } from '../../../../test/support/stores.js';

let t: TestStore;
let app: FastifyInstance;
let log: RecapTestLog;
let kpps: TestKey;

beforeAll(async () => {
  t = await openTestSqlite();
  log = new RecapTestLog();
  kpps = log.key('kpps-1', 'kpps', BATU_TPS);
  const ingest = { ledger: log.ledger } as Pick<Ingest, 'ledger'> as Ingest;
  app = await buildApp({ store: t.store, ingest, config: { bodyLimit: 64 * 1024, logLevel: 'silent' } });
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

describe('GET /api/keys/:keyId', () => {
  it('shows a registered key with its role and scope, without a session', async () => {
    const r = await app.inject({ url: `/api/keys/${kpps.keyId}` });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      data: { keyId: kpps.keyId, role: 'kpps', scope: { region: BATU_TPS }, name: 'kpps-1', revokedAt: null },
    });
  });
  it('answers 404 for a key the log does not hold, 400 for a malformed id', async () => {
    const missing = await app.inject({
      url: `/api/keys/${'0'.repeat(32)}`,
      headers: { 'accept-language': 'en' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'KEY_NOT_FOUND' } });
    expect((await app.inject({ url: '/api/keys/not-hex' })).statusCode).toBe(400);
  });
});
