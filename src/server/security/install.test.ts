import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHarness, firstTps } from '../../../test/support/auth.js';
import type { AuthHarness } from '../../../test/support/auth.js';
import { guard, ownTarget } from './access.js';

let h: AuthHarness;

beforeAll(async () => {
  h = await authHarness();
  // Routes added the way later issues will add theirs.
  h.app.post('/test/unconfigured', async () => ({ ok: true }));
  h.app.post('/test/unaudited', { config: guard('tokens.create', ownTarget) }, async () => ({ ok: true }));
  h.app.get('/test/guarded-read', { config: guard('audit.verify') }, async () => ({ ok: true }));
});
afterAll(() => h.close());

describe('the security pipeline', () => {
  it('refuses a write route that declares no access rule (deny by default)', async () => {
    const a = await h.account('admin', 'national', { totp: true });
    const r = await h.inject({
      method: 'POST',
      url: '/test/unconfigured',
      headers: { authorization: `Bearer ${await h.bearer(a)}` },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('ACCESS_UNCONFIGURED_FORBIDDEN');
  });

  it('records a successful write that no command audited, with who, where from and the region', async () => {
    const a = await h.account('ppk', '357901');
    const r = await h.inject({
      method: 'POST',
      url: '/test/unaudited',
      headers: { authorization: `Bearer ${await h.bearer(a)}` },
      remoteAddress: '192.0.2.44',
    });
    expect(r.statusCode).toBe(200);
    const [entry] = await h.t.store.auth.audit.list({
      actorId: a.account.id,
      action: 'tokens.create',
      limit: 1,
    });
    expect(entry).toMatchObject({
      targetType: 'route',
      targetId: 'POST /test/unaudited',
      ip: '192.0.2.44',
      region: '357901',
    });
  });

  it('guards reads that declare an action too', async () => {
    expect((await h.inject({ method: 'GET', url: '/test/guarded-read' })).statusCode).toBe(401);
    const kpps = await h.account('ppk', '357901');
    const r = await h.inject({
      method: 'GET',
      url: '/test/guarded-read',
      headers: { authorization: `Bearer ${await h.bearer(kpps)}` },
    });
    expect(r.statusCode).toBe(403);
  });

  it('rate-limits writes per account and per IP', async () => {
    const limited = await authHarness({
      security: {
        rateLimits: {
          loginPerIp: { limit: 100, windowMs: 60_000 },
          loginPerAccount: { limit: 100, windowMs: 60_000 },
          writePerIp: { limit: 5, windowMs: 60_000 },
          writePerAccount: { limit: 3, windowMs: 60_000 },
        },
      },
      store: h.t,
    });
    try {
      const tps = await firstTps(limited.t.store, '357901');
      const a = await limited.account('kpps', tps);
      const token = await limited.bearer(a);
      const write = (ip: string, t = token) =>
        limited.inject({
          method: 'POST',
          url: '/api/tokens',
          payload: { name: 'x' },
          headers: { authorization: `Bearer ${t}` },
          remoteAddress: ip,
        });
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await write(`192.0.2.${i + 1}`)).statusCode);
      expect(codes).toEqual([201, 201, 201, 429]);
      const b = await limited.account('kpps', tps);
      const other = await limited.bearer(b);
      const fromOneIp = [];
      for (let i = 0; i < 6; i++) fromOneIp.push((await write('198.51.100.9', other)).statusCode);
      expect(fromOneIp.slice(0, 3)).toEqual([201, 201, 201]);
      expect(fromOneIp.at(-1)).toBe(429);
      limited.clock.advance(60_000);
      expect((await write('192.0.2.99')).statusCode).toBe(201);
    } finally {
      await limited.close();
    }
  });
});
