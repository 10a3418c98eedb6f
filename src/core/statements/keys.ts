/**
 * The key registry: which Ed25519 key may sign what, where. It is built only
 * from log entries, so anyone replaying the log arrives at the same registry.
 *
 * Trust chain: the election's first entry (`election.genesis`) is signed by
 * the root key the trust policy pins. Every other key is registered by a
 * `key.register` entry signed by the root or by an `authority` key whose
 * scope covers the new key's scope; `key.revoke` ends a key (signed by the
 * root, by an authority over its scope, or by the key itself).
 */
import { isWithin } from '../regions/index.js';
import type { RegionCode } from '../regions/index.js';
import { SaksiError, msg } from '../errors/index.js';

export const KEY_ROLES = ['root', 'authority', 'kpps', 'saksi', 'ptps', 'ppk', 'kpu', 'importer'] as const;
export type KeyRole = (typeof KEY_ROLES)[number];

/** What a key may sign. `region` 'national' covers everything. */
export interface KeyScope {
  readonly region: RegionCode | 'national';
  /** For a saksi: the candidate pair it represents. */
  readonly pair?: string;
}

export interface RegisteredKey {
  readonly keyId: string;
  readonly publicKey: Uint8Array;
  readonly role: KeyRole;
  readonly scope: KeyScope;
  readonly name: string;
  readonly registeredAt: number;
  readonly registeredBy: string;
  revokedAt: number | null;
}

export class KeyRegistry {
  readonly #keys = new Map<string, RegisteredKey>();
  #slab = new Uint8Array(0);
  #slabUsed = 0;

  get size(): number {
    return this.#keys.size;
  }

  get(keyId: string): RegisteredKey | undefined {
    return this.#keys.get(keyId);
  }

  all(): RegisteredKey[] {
    return [...this.#keys.values()];
  }

  add(key: RegisteredKey): void {
    if (this.#keys.has(key.keyId))
      throw keyError(
        'KEY_ALREADY_REGISTERED',
        `${key.keyId} sudah terdaftar`,
        `${key.keyId} is already registered`,
      );
    this.#keys.set(key.keyId, this.#compact(key));
  }

  /** The registered key's own id string, for a record that names it (one string per key, not per mention). */
  intern(keyId: string): string {
    return this.#keys.get(keyId)?.keyId ?? keyId;
  }

  /**
   * The same key, lighter: its public key a view into a shared slab rather
   * than a buffer of its own, its role and registrar's id shared strings.
   * A national registry holds ≈ 440,000 keys (bench/RESULTS.md).
   */
  #compact(key: RegisteredKey): RegisteredKey {
    if (this.#slabUsed + 32 > this.#slab.length) {
      this.#slab = new Uint8Array(32 * 2048);
      this.#slabUsed = 0;
    }
    const publicKey = this.#slab.subarray(this.#slabUsed, this.#slabUsed + 32);
    publicKey.set(key.publicKey);
    this.#slabUsed += 32;
    return {
      ...key,
      publicKey,
      role: KEY_ROLES.find((r) => r === key.role) ?? key.role,
      registeredBy: this.intern(key.registeredBy),
    };
  }

  /**
   * The key that signed a statement at log index `at`, checked to be live
   * and to hold one of `roles` with a scope covering `region` (and `pair`).
   */
  authorize(
    keyId: string,
    at: number,
    roles: readonly KeyRole[],
    region: RegionCode | 'national',
    pair?: string,
  ): RegisteredKey {
    const key = this.#keys.get(keyId);
    if (key === undefined)
      throw keyError('KEY_UNKNOWN', `kunci ${keyId} tidak terdaftar`, `key ${keyId} is not registered`);
    if (key.revokedAt !== null && key.revokedAt < at) {
      throw keyError('KEY_REVOKED', `kunci ${keyId} sudah dicabut`, `key ${keyId} was revoked`);
    }
    if (!roles.includes(key.role)) {
      throw keyError(
        'KEY_ROLE_MISMATCH',
        `peran ${key.role} tidak boleh menandatangani ini`,
        `role ${key.role} may not sign this`,
      );
    }
    if (
      !covers(key.scope, region) ||
      (pair !== undefined && key.scope.pair !== undefined && key.scope.pair !== pair)
    ) {
      throw keyError(
        'KEY_OUT_OF_SCOPE',
        `kunci ${keyId} tidak berwenang di ${region}`,
        `key ${keyId} has no authority over ${region}`,
      );
    }
    return key;
  }
}

/** True when a scope covers a region (or everything, for 'national'). */
export function covers(scope: KeyScope, region: RegionCode | 'national'): boolean {
  if (scope.region === 'national') return true;
  if (region === 'national') return false;
  return isWithin(region, scope.region);
}

export function keyError(code: string, id: string, en: string): SaksiError {
  return new SaksiError(code, msg(`Kunci: ${id}.`, `Key: ${en}.`), { field: 'keyId' });
}
