/**
 * The storage contract for accounts, sessions, tokens, password resets and
 * the audit trail: written once, run against SQLite and PostgreSQL
 * (accounts-sqlite.test.ts, accounts-postgres.test.ts). Proves the
 * guarantees stated in repos/accounts.ts, repos/audit.ts and repos/auth.ts.
 */
import { describe, expect } from 'vitest';
import { sql } from 'kysely';
import { contractHooks } from '../../test/support/stores.js';
import type { TestStore } from '../../test/support/stores.js';
import type { Store } from './store.js';
import type { Account } from './repos/accounts.js';
import type { AuditInput } from './repos/audit.js';
import type { RegionCode } from '../core/regions/index.js';

const T0 = '2024-11-27T01:00:00.000Z';

export function account(
  id: string,
  username: string,
  scope: string,
  role: Account['role'] = 'kpps',
): Account {
  return {
    id,
    username,
    displayName: username,
    role,
    scope: scope as RegionCode,
    pairId: null,
    permissions: [],
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
    totpSecret: null,
    totpEnabled: false,
    totpLastStep: null,
    failedLogins: 0,
    lockedUntil: null,
    disabled: false,
    demoExempt: false,
    createdBy: null,
    createdAt: T0,
    updatedAt: T0,
  };
}

function auditInput(n: number, region: string | null = '3579'): AuditInput {
  return {
    at: `2024-11-27T02:${String(n % 60).padStart(2, '0')}:00.000Z`,
    channel: 'http',
    actorId: 'a1',
    actorUsername: 'kpu.batu',
    actorRole: 'kpu-kabkota',
    ip: '203.0.113.7',
    action: n % 2 === 0 ? 'accounts.create' : 'accounts.update',
    targetType: 'account',
    targetId: `t${n}`,
    region,
    before: n % 2 === 0 ? null : { disabled: false },
    after: { n, nested: { z: 1, a: [1, 'two', null] } },
  };
}

export function defineAccountsContract(name: string, open: () => Promise<TestStore | null>): void {
  describe(`accounts storage contract: ${name}`, () => {
    let store: Store;
    const run = contractHooks(open, (s) => (store = s));

    run('stores accounts with unique usernames and reads them back exactly', async () => {
      const a = { ...account('acc-1', 'kpps.1', '3579011001001'), permissions: [] };
      await store.auth.accounts.insert(a);
      expect(await store.auth.accounts.byId('acc-1')).toEqual(a);
      expect(await store.auth.accounts.byUsername('kpps.1')).toEqual(a);
      await expect(store.auth.accounts.insert(account('acc-2', 'kpps.1', '3579'))).rejects.toThrow();
      expect(await store.auth.accounts.byId('acc-2')).toBeUndefined();
      await store.auth.accounts.insert({
        ...account('acc-3', 'ppk.batu', '357901', 'ppk'),
        permissions: ['relay'],
      });
      await store.auth.accounts.insert(account('acc-4', 'kpps.malang', '3573011001001'));
      await store.auth.accounts.update('acc-3', { disabled: true, failedLogins: 3, updatedAt: T0 });
      const ppk = await store.auth.accounts.byId('acc-3');
      expect(ppk).toMatchObject({ disabled: true, failedLogins: 3, permissions: ['relay'] });
      expect(typeof ppk?.failedLogins).toBe('number');
      expect((await store.auth.accounts.list({ within: '3579', limit: 10 })).map((x) => x.username)).toEqual([
        'kpps.1',
        'ppk.batu',
      ]);
      expect((await store.auth.accounts.list({ limit: 1, after: 'kpps.1' })).map((x) => x.username)).toEqual([
        'kpps.malang',
      ]);
      expect(await store.auth.accounts.count()).toBe(3);
    });

    run('accepts each TOTP step at most once, in increasing order', async () => {
      await store.auth.accounts.insert(account('acc-totp', 'totp.user', '3579'));
      expect(await store.auth.accounts.consumeTotpStep('acc-totp', 100, T0)).toBe(true);
      expect(await store.auth.accounts.consumeTotpStep('acc-totp', 100, T0)).toBe(false);
      expect(await store.auth.accounts.consumeTotpStep('acc-totp', 99, T0)).toBe(false);
      const both = await Promise.all([
        store.auth.accounts.consumeTotpStep('acc-totp', 101, T0),
        store.auth.accounts.consumeTotpStep('acc-totp', 101, T0),
      ]);
      expect(both.filter(Boolean)).toHaveLength(1);
      expect((await store.auth.accounts.byId('acc-totp'))?.totpLastStep).toBe(101);
    });

    run('creates, finds, revokes and expires sessions', async () => {
      await store.auth.accounts.insert(account('acc-s', 'session.user', '3579'));
      const base = {
        accountId: 'acc-s',
        csrfHash: 'c',
        createdAt: T0,
        lastSeenAt: T0,
        ip: null,
        userAgent: null,
      };
      await store.auth.sessions.insert({ ...base, idHash: 's1', expiresAt: '2024-11-27T02:00:00.000Z' });
      await store.auth.sessions.insert({ ...base, idHash: 's2', expiresAt: '2024-11-27T09:00:00.000Z' });
      await store.auth.sessions.insert({
        ...base,
        idHash: 's3',
        expiresAt: '2024-11-27T09:00:00.000Z',
        ip: '::1',
      });
      expect(await store.auth.sessions.byIdHash('s3')).toMatchObject({ accountId: 'acc-s', ip: '::1' });
      await store.auth.sessions.touch('s3', '2024-11-27T01:30:00.000Z');
      expect((await store.auth.sessions.byIdHash('s3'))?.lastSeenAt).toBe('2024-11-27T01:30:00.000Z');
      expect(await store.auth.sessions.deleteExpired('2024-11-27T03:00:00.000Z')).toBe(1);
      expect(await store.auth.sessions.deleteForAccount('acc-s', 's3')).toBe(1);
      expect(await store.auth.sessions.countForAccount('acc-s')).toBe(1);
      expect(await store.auth.sessions.delete('s3')).toBe(true);
      expect(await store.auth.sessions.delete('s3')).toBe(false);
    });

    run('stores bearer tokens by hash and revokes them once', async () => {
      await store.auth.accounts.insert(account('acc-t', 'token.user', '3579'));
      const tok = {
        id: 'tok-1',
        tokenHash: 'h1',
        accountId: 'acc-t',
        name: 'laptop',
        createdAt: T0,
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: null,
      };
      await store.auth.tokens.insert(tok);
      await store.auth.tokens.insert({ ...tok, id: 'tok-2', tokenHash: 'h2', name: 'ci' });
      await expect(store.auth.tokens.insert({ ...tok, id: 'tok-3' })).rejects.toThrow();
      expect(await store.auth.tokens.byHash('h1')).toEqual(tok);
      expect(await store.auth.tokens.revoke('tok-1', T0)).toBe(true);
      expect(await store.auth.tokens.revoke('tok-1', T0)).toBe(false);
      expect((await store.auth.tokens.byId('tok-1'))?.revokedAt).toBe(T0);
      expect(await store.auth.tokens.revokeForAccount('acc-t', T0)).toBe(1);
      expect((await store.auth.tokens.forAccount('acc-t')).map((x) => x.id)).toEqual(['tok-1', 'tok-2']);
    });

    run('consumes a password reset token once, and never after it expires', async () => {
      await store.auth.accounts.insert(account('acc-r', 'reset.user', '3579'));
      const r = { accountId: 'acc-r', createdBy: null, createdAt: T0, expiresAt: '2024-11-27T02:00:00.000Z' };
      await store.auth.resets.insert({ ...r, tokenHash: 'r1' });
      await store.auth.resets.insert({ ...r, tokenHash: 'r2' });
      expect(await store.auth.resets.consume('r1', '2024-11-27T03:00:00.000Z')).toBeUndefined();
      expect(await store.auth.resets.consume('r2', T0)).toBe('acc-r');
      expect(await store.auth.resets.consume('r2', T0)).toBeUndefined();
    });

    run('chains audit entries contiguously, also under concurrent appends', async () => {
      for (let i = 1; i <= 5; i++) await store.auth.audit.append(auditInput(i));
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.auth.audit.append(auditInput(100 + i))));
      const result = await store.auth.audit.verify(7);
      expect(result).toMatchObject({ ok: true, checked: 25 });
      expect(await store.auth.audit.head()).toMatchObject({ seq: 25 });
      const first = (await store.auth.audit.list({ limit: 100 })).at(-1);
      expect(first).toMatchObject({
        seq: 1,
        before: '{"disabled":false}',
        after: '{"n":1,"nested":{"a":[1,"two",null],"z":1}}',
      });
    });

    run('filters and pages the audit trail, newest first', async () => {
      await store.auth.audit.append({ ...auditInput(200, '3573'), actorId: 'a2', action: 'tokens.create' });
      await store.auth.audit.append({ ...auditInput(201, null), actorId: 'a2' });
      expect((await store.auth.audit.list({ actorId: 'a2', limit: 10 })).map((e) => e.seq)).toEqual([27, 26]);
      expect((await store.auth.audit.list({ within: '3573', limit: 10 })).map((e) => e.targetId)).toEqual([
        't200',
      ]);
      expect((await store.auth.audit.list({ action: 'tokens.create', limit: 10 })).length).toBe(1);
      const page = await store.auth.audit.list({ limit: 3, beforeSeq: 10 });
      expect(page.map((e) => e.seq)).toEqual([9, 8, 7]);
      expect((await store.auth.audit.list({ targetId: 't3', limit: 10 })).map((e) => e.seq)).toEqual([3]);
      const ranged = await store.auth.audit.list({
        from: '2024-11-27T02:01:00.000Z',
        to: '2024-11-27T02:03:00.000Z',
        limit: 50,
      });
      expect(
        ranged.every((e) => e.at >= '2024-11-27T02:01:00.000Z' && e.at < '2024-11-27T02:03:00.000Z'),
      ).toBe(true);
    });

    run('commits a write and its audit entry together or not at all', async () => {
      const before = await store.auth.audit.head();
      await expect(
        store.auth.transaction(async (tx) => {
          await tx.accounts.insert(account('acc-rollback', 'rollback.user', '3579'));
          await tx.audit.append(auditInput(300));
          throw new Error('fail after both writes');
        }),
      ).rejects.toThrow('fail after both writes');
      expect(await store.auth.accounts.byId('acc-rollback')).toBeUndefined();
      expect(await store.auth.audit.head()).toEqual(before);
    });

    run('detects an edited past audit entry and a deleted one', async () => {
      expect((await store.auth.audit.verify()).ok).toBe(true);
      await sql`update audit set after = ${'{"role":"admin"}'} where seq = 4`.execute(store.db);
      expect(await store.auth.audit.verify(5)).toMatchObject({
        ok: false,
        brokenAt: 4,
        reason: 'hash-mismatch',
      });
      await sql`delete from audit where seq = 4`.execute(store.db);
      expect(await store.auth.audit.verify()).toMatchObject({
        ok: false,
        brokenAt: 5,
        reason: 'sequence-gap',
      });
    });
  });
}
