/**
 * An app with accounts, for tests: a real SQLite store with the official
 * regions and the demo election, a movable clock, a cheap argon2id cost,
 * and helpers that create accounts, sessions and bearer tokens directly.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse, RouteOptions } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import type { AppContext } from '../../src/server/context.js';
import type { SecurityOptions } from '../../src/server/security/index.js';
import { ensureRegionsLoaded } from '../../src/services/regions/load.js';
import { ensureDemo } from '../../src/demo/load.js';
import {
  CLI,
  DEFAULT_AUTH_SETTINGS,
  argon2idHasher,
  createAccount,
  createToken,
  openSession,
} from '../../src/services/accounts/index.js';
import type { AuthDeps } from '../../src/services/accounts/index.js';
import { TOTP_SECRET_BYTES, base32Encode, parseScope, totp } from '../../src/core/auth/index.js';
import { parseRegionCode } from '../../src/core/regions/index.js';
import type { Permission, Role } from '../../src/core/auth/index.js';
import type { Account } from '../../src/store/index.js';
import { openTestSqlite } from './stores.js';
import type { TestStore } from './stores.js';

/** argon2id with a tiny cost: the same code path, fast enough to create hundreds of accounts. */
export const FAST_HASHER = argon2idHasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 });

export const PASSWORD = 'correct horse battery staple';

export interface TestClock {
  readonly now: () => Date;
  advance(ms: number): void;
}

export function testClock(start = '2024-11-27T01:00:00.000Z'): TestClock {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

export interface TestAccount {
  readonly account: Account;
  readonly password: string;
  /** Base32 TOTP secret when enabled. */
  readonly totpSecret: Uint8Array | null;
}

export interface AuthHarness {
  readonly t: TestStore;
  readonly app: FastifyInstance;
  readonly clock: TestClock;
  readonly deps: AuthDeps;
  account(
    role: Role,
    scope: string,
    options?: { username?: string; pairId?: string; permissions?: Permission[]; totp?: boolean },
  ): Promise<TestAccount>;
  /** Headers of a fresh session: cookie + CSRF token. */
  session(a: TestAccount): Promise<{ cookie: string; csrf: string }>;
  bearer(a: TestAccount): Promise<string>;
  /** A TOTP code for the account at the harness clock, `offsetSteps` steps away. */
  code(a: TestAccount, offsetSteps?: number): string;
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

let counter = 0;

export async function authHarness(
  options: {
    security?: Partial<SecurityOptions>;
    onRoute?: (r: RouteOptions) => void;
    /** Extra app context (a log, an ingest), made once the store holds the demo registry. */
    context?: (store: TestStore['store']) => Promise<Partial<Pick<AppContext, 'log' | 'ingest'>>>;
    /**
     * Another harness's store (regions and demo registry loaded): a second app
     * over it without loading the registry again, which takes seconds. It
     * stays open when this harness closes.
     */
    store?: TestStore;
  } = {},
): Promise<AuthHarness> {
  const borrowed = options.store;
  const t = borrowed ?? (await openTestSqlite());
  if (borrowed === undefined) {
    await ensureRegionsLoaded(t.store);
    await ensureDemo(t.store, new Date('2024-11-01T00:00:00Z'));
  }
  const extra = options.context === undefined ? {} : await options.context(t.store);
  const clock = testClock();
  const security: Partial<SecurityOptions> = { hasher: FAST_HASHER, clock: clock.now, ...options.security };
  const app = await buildApp(
    { store: t.store, config: { bodyLimit: 64 * 1024, logLevel: 'silent' }, ...extra },
    { security, ...(options.onRoute === undefined ? {} : { onRoute: options.onRoute }) },
  );
  const deps: AuthDeps = {
    store: t.store,
    hasher: FAST_HASHER,
    clock: clock.now,
    settings: security.auth ?? DEFAULT_AUTH_SETTINGS,
  };
  return {
    t,
    app,
    clock,
    deps,
    async account(role, scope, o = {}) {
      const username = o.username ?? `${role}.${++counter}`;
      const account = await createAccount(deps, CLI, {
        username,
        role,
        scope: parseScope(scope),
        pairId: o.pairId ?? null,
        permissions: o.permissions ?? [],
        password: PASSWORD,
      });
      if (o.totp !== true) return { account, password: PASSWORD, totpSecret: null };
      const secret = Uint8Array.from({ length: TOTP_SECRET_BYTES }, (_, i) => (i * 37 + counter) & 0xff);
      await t.store.auth.accounts.update(account.id, {
        totpSecret: base32Encode(secret, false),
        totpEnabled: true,
        updatedAt: clock.now().toISOString(),
      });
      return { account: { ...account, totpEnabled: true }, password: PASSWORD, totpSecret: secret };
    },
    async session(a) {
      const s = await openSession(deps, t.store.auth, a.account.id, { ip: '127.0.0.1', userAgent: 'test' });
      return { cookie: `saksi_session=${s.token}`, csrf: s.csrfToken };
    },
    async bearer(a) {
      return (await createToken(deps, CLI, { accountId: a.account.id, name: 'test' })).token;
    },
    code(a, offsetSteps = 0) {
      if (a.totpSecret === null) throw new Error('account has no TOTP');
      return totp(a.totpSecret, clock.now().getTime() / 1000 + offsetSteps * 30);
    },
    inject: (opts) => app.inject(opts),
    async close() {
      await app.close();
      if (borrowed === undefined) await t.dispose();
    },
  };
}

/** The first TPS of the demo registry within a region (looked up, not hard-coded). */
export async function firstTps(store: TestStore['store'], region: string): Promise<string> {
  const villages = await store.regions.within(parseRegionCode(region), 'village');
  for (const v of villages) {
    const list = await store.tps.inVillage(v.code);
    if (list[0] !== undefined) return list[0].code;
  }
  throw new Error(`no TPS in ${region}`);
}
