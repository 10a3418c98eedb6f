/**
 * The officer's signing key on this device, and signing with it.
 *
 * The officer pastes the C2SP signed-note private key (`PRIVATE+KEY+…`) that
 * the KPU kab/kota handed over at training (in the demo: DATA_DIR/demo-keys.json);
 * it is kept in IndexedDB on this device, under the officer's username. Its
 * statement key id (docs/FORMATS.md §2) is shown, and it is checked against
 * the log's registration (GET /api/keys/:keyId) and the signed-in account's
 * role, scope and pair.
 *
 * A real deployment should not hand over private keys: the device generates
 * its key (WebCrypto, non-extractable), the KPU kab/kota approves its
 * enrolment and registers the public key on the log (`key.register`), and
 * the private key never leaves the device.
 */
import type { z } from 'zod';
import type { RegisteredKey } from '../../../src/api/console/index.js';
import { nobleCrypto, nobleSignerFromSkey } from '../../../src/core/log/crypto-noble.js';
import { decodeUtf8 } from '../../../src/core/log/encoding.js';
import { keyIdOf, sealStatement } from '../../../src/core/statements/index.js';
import type { Envelope } from '../../../src/core/statements/index.js';
import { dbDelete, dbGet, dbPut } from './db.js';
import type { ConsoleAccount } from '../session/session.js';

export interface StoredKey {
  readonly username: string;
  readonly skey: string;
  /** The statement key id (hex, 32). */
  readonly keyId: string;
  /** The key's name in the skey. */
  readonly name: string;
  readonly importedAt: string;
}

/** A key as the log registered it (GET /api/keys/:keyId). */
/** A key as GET /api/keys/:keyId answers it (src/api/console/log.ts). */
export type RegisteredKeyView = z.infer<typeof RegisteredKey>;

/** The key role that signs for each account role. */
const KEY_ROLE: Readonly<Record<string, string>> = {
  kpps: 'kpps',
  saksi: 'saksi',
  ptps: 'ptps',
  ppk: 'ppk',
  'kpu-kabkota': 'kpu',
  'kpu-provinsi': 'kpu',
  'kpu-ri': 'kpu',
};

export function signsInConsole(role: string): boolean {
  return Object.hasOwn(KEY_ROLE, role);
}

/** Parse a pasted skey (throws on anything else); nothing is stored yet. */
export function readSkey(text: string): { keyId: string; name: string; skey: string } {
  const skey = text.trim();
  const { name, signer } = nobleSignerFromSkey(skey);
  return { keyId: keyIdOf(nobleCrypto, signer.publicKey), name, skey };
}

export async function saveKey(username: string, text: string): Promise<StoredKey> {
  const { keyId, name, skey } = readSkey(text);
  const stored: StoredKey = { username, skey, keyId, name, importedAt: new Date().toISOString() };
  await dbPut('keys', stored);
  return stored;
}

export function loadKey(username: string): Promise<StoredKey | undefined> {
  return dbGet<StoredKey>('keys', username);
}

export function forgetKey(username: string): Promise<void> {
  return dbDelete('keys', username);
}

export type KeyProblem = 'role' | 'scope' | 'pair' | 'revoked';

/** What does not fit between the registered key and the account (empty: it fits). */
export function keyProblems(key: RegisteredKeyView, account: ConsoleAccount): KeyProblem[] {
  const problems: KeyProblem[] = [];
  if (KEY_ROLE[account.role] !== key.role) problems.push('role');
  const region = key.scope.region;
  if (region !== 'national' && !account.scope.startsWith(region) && !region.startsWith(account.scope))
    problems.push('scope');
  if (account.role === 'saksi' && key.scope.pair !== account.pairId) problems.push('pair');
  if (key.revokedAt !== null) problems.push('revoked');
  return problems;
}

/** Sign a statement with the stored key: the envelope as the API takes it. */
export function signStatement(key: StoredKey, type: string, body: unknown): Envelope {
  const { signer } = nobleSignerFromSkey(key.skey);
  const bytes = sealStatement(nobleCrypto, signer, type, body);
  return JSON.parse(decodeUtf8(bytes) ?? 'null') as Envelope;
}
