/**
 * Password hashing with argon2id (RFC 9106) through @node-rs/argon2. The
 * defaults are OWASP's minimum for argon2id (m = 19 MiB, t = 2, p = 1); tests
 * may lower them. Verifying against a dummy hash when an account does not
 * exist keeps the timing of a failed login the same either way.
 */
import { hash, verify } from '@node-rs/argon2';
import type { Algorithm } from '@node-rs/argon2';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(stored: string, password: string): Promise<boolean>;
  /** Spend the time of one verification, for accounts that do not exist. */
  burn(password: string): Promise<void>;
}

export interface Argon2Params {
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

export const OWASP_ARGON2ID: Argon2Params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** `Algorithm.Argon2id` of @node-rs/argon2 (a const enum, not importable under isolatedModules). */
const ARGON2ID = 2 as Algorithm;

export function argon2idHasher(params: Argon2Params = OWASP_ARGON2ID): PasswordHasher {
  const options = { ...params, algorithm: ARGON2ID };
  let dummy: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, options),
    async verify(stored, password) {
      if (!stored.startsWith('$argon2id$')) return false;
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
    async burn(password) {
      dummy ??= hash('saksi-dummy-password', options);
      await verify(await dummy, password).catch(() => false);
    },
  };
}
