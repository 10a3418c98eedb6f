import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, authHarness, firstTps } from '../../../../test/support/auth.js';
import type { AuthHarness, TestAccount } from '../../../../test/support/auth.js';

let h: AuthHarness;
let tps: string;
let kab: TestAccount;
let kabToken: string;

beforeAll(async () => {
  h = await authHarness();
  tps = await firstTps(h.t.store, '357901');
  kab = await h.account('kpu-kabkota', '3579', { totp: true, username: 'kpu.batu' });
  kabToken = await h.bearer(kab);
});
afterAll(() => h.close());

const as = (token: string) => ({ authorization: `Bearer ${token}` });
const create = (body: Record<string, unknown>, token = kabToken) =>
  h.inject({ method: 'POST', url: '/api/accounts', payload: body, headers: as(token) });

describe('creating accounts', () => {
  it('creates a saksi for a pair of a contest covering the TPS, in either code spelling', async () => {
    const dotted = `${tps.slice(0, 2)}.${tps.slice(2, 4)}.${tps.slice(4, 6)}.${tps.slice(6, 10)}.${tps.slice(10)}`;
    const r = await create({
      username: 'Saksi.Paslon1',
      role: 'saksi',
      scope: dotted,
      pairId: '1000806',
      password: PASSWORD,
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().data).toMatchObject({
      username: 'saksi.paslon1',
      role: 'saksi',
      scope: tps,
      pairId: '1000806',
      createdBy: kab.account.id,
    });
    expect(r.json().data).not.toHaveProperty('passwordHash');
    expect(
      (
        await create({
          username: 'saksi.2',
          role: 'saksi',
          scope: tps,
          pairId: '1000790',
          password: PASSWORD,
        })
      ).json().error.code,
    ).toBe('SAKSI_PAIR_UNKNOWN');
    expect(
      (await create({ username: 'saksi.3', role: 'saksi', scope: tps, password: PASSWORD })).json().error
        .code,
    ).toBe('SAKSI_PAIR_REQUIRED');
  });

  it('refuses duplicates, unknown regions, wrong scope levels and weak passwords, each with its code', async () => {
    const base = { role: 'kpps', scope: tps, password: PASSWORD };
    expect((await create({ ...base, username: 'kpps.dup' })).statusCode).toBe(201);
    const dup = await create({ ...base, username: 'KPPS.dup' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('ACCOUNT_USERNAME_EXISTS');
    expect((await create({ ...base, username: 'kpps.x', scope: '3579019999999' })).json().error.code).toBe(
      'SCOPE_REGION_UNKNOWN',
    );
    expect((await create({ ...base, username: 'kpps.y', scope: '357901' })).json().error.code).toBe(
      'SCOPE_LEVEL_INVALID',
    );
    expect((await create({ ...base, username: 'kpps.z', password: 'short' })).json().error.code).toBe(
      'PASSWORD_LENGTH',
    );
    expect((await create({ ...base, username: 'kpps.w', scope: 'x.y' })).json().error.code).toBe(
      'SCOPE_INVALID',
    );
    const many = await create({
      username: 'A',
      role: 'kpps',
      scope: '3579',
      pairId: '1',
      password: PASSWORD,
    });
    expect(many.json().error.code).toBe('ACCOUNT_INVALID');
    expect(many.json().error.details.map((d: { code: string }) => d.code)).toEqual([
      'USERNAME_INVALID',
      'SCOPE_LEVEL_INVALID',
      'PAIR_NOT_ALLOWED',
    ]);
  });

  it('lets an account create only lower roles of its own body', async () => {
    const r = await create({ username: 'bawaslu.x', role: 'ptps', scope: tps, password: PASSWORD });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('ROLE_CREATE_FORBIDDEN');
    expect(
      (await create({ username: 'kab.x', role: 'kpu-kabkota', scope: '3579', password: PASSWORD })).json()
        .error.code,
    ).toBe('ROLE_CREATE_FORBIDDEN');
  });

  it('grants the relay right only where it is grantable, and records before/after in the audit trail', async () => {
    const ppk = await create({ username: 'ppk.batu', role: 'ppk', scope: '357901', password: PASSWORD });
    const id = ppk.json().data.id as string;
    const r = await h.inject({
      method: 'PATCH',
      url: `/api/accounts/${id}`,
      payload: { permissions: ['relay'] },
      headers: as(kabToken),
    });
    expect(r.json().data.permissions).toEqual(['relay']);
    const kpps = await create({ username: 'kpps.relay', role: 'kpps', scope: tps, password: PASSWORD });
    const bad = await h.inject({
      method: 'PATCH',
      url: `/api/accounts/${kpps.json().data.id}`,
      payload: { permissions: ['relay'] },
      headers: as(kabToken),
    });
    expect(bad.json().error.code).toBe('PERMISSION_NOT_GRANTABLE');
    const [entry] = await h.t.store.auth.audit.list({ action: 'accounts.update', targetId: id, limit: 1 });
    expect(entry).toMatchObject({
      actorUsername: 'kpu.batu',
      actorRole: 'kpu-kabkota',
      channel: 'http',
      region: '357901',
    });
    expect(JSON.parse(entry?.before ?? '{}').permissions).toEqual([]);
    expect(JSON.parse(entry?.after ?? '{}').permissions).toEqual(['relay']);
    expect(entry?.after).not.toMatch(/argon2|totpSecret/);
  });
});

describe('reading accounts', () => {
  it('lists the accounts within the scope, never beyond it', async () => {
    const list = await h.inject({ method: 'GET', url: '/api/accounts?limit=500', headers: as(kabToken) });
    expect(list.statusCode).toBe(200);
    const scopes = list.json().data.map((a: { scope: string }) => a.scope) as string[];
    expect(scopes.length).toBeGreaterThan(0);
    expect(scopes.every((s) => s.startsWith('3579'))).toBe(true);
    expect(
      (await h.inject({ method: 'GET', url: '/api/accounts?region=3573', headers: as(kabToken) })).json()
        .error.code,
    ).toBe('SCOPE_FORBIDDEN');
    const kpps = await h.account('kpps', tps);
    expect(
      (await h.inject({ method: 'GET', url: '/api/accounts', headers: as(await h.bearer(kpps)) })).statusCode,
    ).toBe(403);
    const malang = await h.account('kpps', await firstTps(h.t.store, '3573'));
    expect(
      (await h.inject({ method: 'GET', url: `/api/accounts/${malang.account.id}`, headers: as(kabToken) }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await h.inject({ method: 'GET', url: `/api/accounts/${kpps.account.id}`, headers: as(kabToken) })
      ).json().data.username,
    ).toBe(kpps.account.username);
  });
});

describe('the audit trail over HTTP', () => {
  it('shows entries within the reader’s scope, with IP and chain hashes, and verifies the chain', async () => {
    const r = await h.inject({ method: 'GET', url: '/api/audit?limit=500', headers: as(kabToken) });
    expect(r.statusCode).toBe(200);
    const data = r.json().data as Array<{
      region: string | null;
      ip: string | null;
      hash: string;
      seq: number;
    }>;
    expect(data.length).toBeGreaterThan(3);
    expect(data.every((e) => e.region !== null && e.region.startsWith('3579'))).toBe(true);
    expect(data.some((e) => e.ip === '127.0.0.1')).toBe(true);
    const filtered = await h.inject({
      method: 'GET',
      url: '/api/audit?actor=kpu.batu&action=accounts.create',
      headers: as(kabToken),
    });
    expect(
      filtered
        .json()
        .data.every(
          (e: { action: string; actor: { username: string } }) =>
            e.action === 'accounts.create' && e.actor.username === 'kpu.batu',
        ),
    ).toBe(true);
    expect(
      (await h.inject({ method: 'GET', url: '/api/audit?region=33', headers: as(kabToken) })).statusCode,
    ).toBe(403);
    const ppk = await h.account('pps', tps.slice(0, 10));
    expect(
      (await h.inject({ method: 'GET', url: '/api/audit', headers: as(await h.bearer(ppk)) })).statusCode,
    ).toBe(403);

    const admin = await h.account('admin', 'national', { totp: true });
    const adminToken = await h.bearer(admin);
    expect(
      (await h.inject({ method: 'GET', url: '/api/audit/verify', headers: as(kabToken) })).statusCode,
    ).toBe(403);
    const ok = await h.inject({ method: 'GET', url: '/api/audit/verify', headers: as(adminToken) });
    expect(ok.json().data).toMatchObject({ ok: true });
    await h.t.store.db.updateTable('audit').set({ ip: '10.9.9.9' }).where('seq', '=', 2).execute();
    const broken = await h.inject({ method: 'GET', url: '/api/audit/verify', headers: as(adminToken) });
    expect(broken.json().data).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash-mismatch' });
  });
});
