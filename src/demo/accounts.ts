/**
 * Demo accounts for `saksi serve --demo`: a few roles in Kota Batu, each with
 * a random password, written once to DATA_DIR/demo-credentials.json (mode
 * 0600) and printed once. No password is in the repository. Accounts whose
 * role requires TOTP (admin, KPU and Bawaslu kab/kota) are marked
 * demo-exempt: the exemption holds only on a server run with --demo.
 * Idempotent: once created, a restart changes nothing.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROLES } from '../core/auth/index.js';
import type { Permission, Role, Scope } from '../core/auth/index.js';
import { parseRegionCode } from '../core/regions/index.js';
import type { RegionCode } from '../core/regions/index.js';
import {
  DEFAULT_AUTH_SETTINGS,
  SYSTEM,
  argon2idHasher,
  createAccount,
  generatePassword,
} from '../services/accounts/index.js';
import type { AuthDeps } from '../services/accounts/index.js';
import type { Store } from '../store/index.js';

export const DEMO_CREDENTIALS_FILE = 'demo-credentials.json';
const DEMO_REGENCY = '3579';
const DEMO_DISTRICT = '357901';
const DEMO_PAIR = '1000806';

export interface DemoCredential {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly pairId: string | null;
  readonly permissions: readonly Permission[];
  /** Exempt from the TOTP requirement — only while the server runs with --demo. */
  readonly demoTotpExempt: boolean;
}

export interface DemoAccountsReport {
  /** True when the accounts were created now (and `credentials` holds their passwords). */
  readonly created: boolean;
  readonly file: string;
  readonly credentials: readonly DemoCredential[];
}

export async function ensureDemoAccounts(
  store: Store,
  dataDir: string,
  deps: Partial<Pick<AuthDeps, 'hasher' | 'clock'>> = {},
): Promise<DemoAccountsReport> {
  const file = join(dataDir, DEMO_CREDENTIALS_FILE);
  if ((await store.auth.accounts.byUsername('demo.admin')) !== undefined)
    return { created: false, file, credentials: [] };
  const tps = await demoTps(store);
  const plan: Array<[string, Role, Scope, Partial<Pick<DemoCredential, 'pairId' | 'permissions'>>]> = [
    ['demo.admin', 'admin', 'national', {}],
    ['demo.kpu.batu', 'kpu-kabkota', DEMO_REGENCY as RegionCode, {}],
    ['demo.ppk.batu', 'ppk', DEMO_DISTRICT as RegionCode, { permissions: ['relay'] }],
    ['demo.kpps', 'kpps', tps, {}],
    ['demo.saksi.1', 'saksi', tps, { pairId: DEMO_PAIR }],
    ['demo.ptps', 'ptps', tps, {}],
    ['demo.bawaslu.batu', 'bawaslu-kabkota', DEMO_REGENCY as RegionCode, {}],
  ];
  const full: AuthDeps = {
    store,
    hasher: deps.hasher ?? argon2idHasher(),
    clock: deps.clock ?? (() => new Date()),
    settings: DEFAULT_AUTH_SETTINGS,
  };
  const credentials: DemoCredential[] = [];
  for (const [username, role, scope, extra] of plan) {
    const password = generatePassword();
    const demoTotpExempt = ROLES[role].totpRequired;
    await createAccount(full, SYSTEM, {
      username,
      displayName: `Demo ${ROLES[role].label}`,
      role,
      scope,
      pairId: extra.pairId ?? null,
      permissions: extra.permissions ?? [],
      password,
      demoExempt: demoTotpExempt,
    });
    credentials.push({
      username,
      password,
      role,
      scope,
      pairId: extra.pairId ?? null,
      permissions: extra.permissions ?? [],
      demoTotpExempt,
    });
  }
  writeSecretFile(file, `${JSON.stringify({ note: NOTE, accounts: credentials }, null, 2)}\n`);
  return { created: true, file, credentials };
}

const NOTE =
  'Demo accounts of `saksi serve --demo`. Accounts marked demoTotpExempt may write without TOTP only while the server runs with --demo.';

/** The first TPS of the demo registry in kecamatan Batu, looked up from the store. */
async function demoTps(store: Store): Promise<RegionCode> {
  for (const village of await store.regions.within(parseRegionCode(DEMO_DISTRICT), 'village')) {
    const first = (await store.tps.inVillage(village.code))[0];
    if (first !== undefined) return first.code;
  }
  throw new Error(`the demo registry has no TPS in ${DEMO_DISTRICT}: load the demo election first`);
}

function writeSecretFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}
