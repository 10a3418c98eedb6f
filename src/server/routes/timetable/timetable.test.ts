import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { openTestSqlite } from '../../../../test/support/stores.js';
import type { TestStore } from '../../../../test/support/stores.js';

let t: TestStore;
let app: FastifyInstance;

beforeAll(async () => {
  t = await openTestSqlite();
  app = await buildApp({ store: t.store, config: { bodyLimit: 64 * 1024, logLevel: 'silent' } });
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

describe('GET /api/elections/:id/timetable', () => {
  it("answers Pilkada 2024's stages and the ones under way at ?at=", async () => {
    const r = await app.inject({ url: '/api/elections/pilkada2024/timetable?at=2024-11-27T03:00:00Z' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['cache-control']).toBe('public, max-age=60');
    const { data } = r.json<{
      data: { zone: string; stages: { id: string }[]; position: { current: string[]; today: string } };
    }>();
    expect(data.zone).toBe('WIB');
    expect(data.stages.some((s) => s.id === 'campaign')).toBe(true);
    expect(data.position).toMatchObject({ today: '2024-11-27', current: ['voting'] });
  });

  it('places the server clock when no moment is asked', async () => {
    const r = await app.inject({ url: '/api/elections/pilkada2024/timetable' });
    const { data } = r.json<{ data: { at: string } }>();
    expect(Math.abs(Date.parse(data.at) - Date.now())).toBeLessThan(60_000);
  });

  it('refuses an unknown election and a malformed moment', async () => {
    const unknown = await app.inject({ url: '/api/elections/pemilu2099/timetable' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ error: { code: string } }>().error.code).toBe('TIMETABLE_NOT_FOUND');
    const bad = await app.inject({ url: '/api/elections/pilkada2024/timetable?at=kemarin' });
    expect(bad.statusCode).toBe(400);
  });
});
