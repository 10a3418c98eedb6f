/** Logistics needs through the HTTP app, against Kota Batu's registry and contests in the test store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHarness } from '../../../../test/support/auth.js';
import type { AuthHarness } from '../../../../test/support/auth.js';

let h: AuthHarness;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  h = await authHarness();
  tokens.kpu = await h.bearer(await h.account('kpu-kabkota', '3579', { totp: true }));
  tokens.prov = await h.bearer(await h.account('kpu-provinsi', '35', { totp: true }));
  tokens.kpps = await h.bearer(
    await h.account('kpps', (await h.t.store.tps.within('3579' as never))[0]?.code as string),
  );
});
afterAll(() => h.close());

const get = (as: string, url: string) =>
  h.inject({ method: 'GET', url, headers: { authorization: `Bearer ${tokens[as]}` } });

describe('logistics needs', () => {
  it("gives every TPS of a kecamatan its ballots per contest held there, and the region's totals", async () => {
    const registry = await h.t.store.tps.within('357901' as never);
    expect(registry.length).toBeGreaterThan(10);
    const r = await get('kpu', '/api/logistics/needs?region=357901');
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json().data;
    expect(d.tps).toHaveLength(registry.length);
    const contests = d.contests.map((c: { id: string }) => c.id);
    expect(contests.length).toBeGreaterThanOrEqual(2); // the governor's and the mayor's
    const first = registry[0];
    const ballots = d.tps[0].needs.filter((n: { item: string }) => n.item === 'ballot');
    expect(ballots.map((n: { quantity: number }) => n.quantity)).toEqual(
      contests.map(() => Math.ceil(first!.dpt.total * 1.025)),
    );
    const total = d.totals.find(
      (n: { item: string; contestId: string }) => n.item === 'ballot' && n.contestId === contests[0],
    );
    expect(total.quantity).toBe(registry.reduce((a, t) => a + Math.ceil(t.dpt.total * 1.025 - 1e-9), 0));
    const csv = await get('kpu', '/api/logistics/needs?region=357901&format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.trim().split('\r\n')).toHaveLength(registry.length + 1);
  });

  it('refuses a province at once, a region out of scope, and a role that does not handle logistics', async () => {
    expect((await get('kpu', '/api/logistics/needs?region=35')).statusCode).toBe(403);
    const big = await get('prov', '/api/logistics/needs?region=35');
    expect([big.statusCode, big.json().error.code]).toEqual([400, 'LOGISTICS_REGION_TOO_LARGE']);
    expect((await get('kpu', '/api/logistics/needs?region=3325')).statusCode).toBe(403);
    expect((await get('kpps', '/api/logistics/needs?region=357901')).statusCode).toBe(403);
    expect((await get('kpu', '/api/logistics/needs?region=35x')).json().error.field).toBe('region');
  });
});
