/**
 * The rules an account must satisfy, checked before anything is stored. All
 * input here is untrusted (API bodies, CLI flags): every problem is listed at
 * once with its field.
 */
import { SaksiError, msg, problem } from '../errors/index.js';
import type { Problem } from '../errors/index.js';
import { GRANTABLE } from './permissions.js';
import type { Permission } from './permissions.js';
import { ROLES } from './roles.js';
import type { Role } from './roles.js';
import { scopeLevel } from './scope.js';
import type { Scope } from './scope.js';

/** Lower-case letters, digits, `.`, `_`, `-`; 3–64 characters, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** NIST SP 800-63B §5.1.1: length over composition rules; an upper bound keeps hashing cheap. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export interface AccountShape {
  readonly username: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly pairId: string | null;
  readonly permissions: readonly Permission[];
}

/** Normalise a username: trimmed and lower-cased (usernames are case-insensitive). */
export function normaliseUsername(input: string): string {
  return input.trim().toLowerCase();
}

/** Every problem with an account's shape, or none. */
export function accountProblems(a: AccountShape): Problem[] {
  const out: Problem[] = [];
  if (!USERNAME_PATTERN.test(a.username))
    out.push(
      problem(
        'USERNAME_INVALID',
        ['username'],
        msg(
          'Nama pengguna: 3–64 huruf kecil, angka, titik, garis bawah atau tanda hubung.',
          'Username: 3–64 lower-case letters, digits, dots, underscores or hyphens.',
        ),
      ),
    );
  const level = scopeLevel(a.scope);
  const info = ROLES[a.role];
  if (!info.scopes.includes(level))
    out.push(
      problem(
        'SCOPE_LEVEL_INVALID',
        ['scope'],
        msg(
          `Peran ${info.label} harus bercakupan ${info.scopes.join('/')}, bukan ${level}.`,
          `Role ${info.label} must be scoped to ${info.scopes.join('/')}, not ${level}.`,
        ),
      ),
    );
  if (a.role === 'saksi' && (a.pairId === null || a.pairId.length === 0))
    out.push(
      problem(
        'SAKSI_PAIR_REQUIRED',
        ['pairId'],
        msg('Saksi harus mewakili satu pasangan calon.', 'A saksi must represent a candidate pair.'),
      ),
    );
  if (a.role !== 'saksi' && a.pairId !== null)
    out.push(
      problem(
        'PAIR_NOT_ALLOWED',
        ['pairId'],
        msg('Hanya saksi yang mewakili pasangan calon.', 'Only a saksi represents a candidate pair.'),
      ),
    );
  for (const p of a.permissions)
    if (!GRANTABLE[p].includes(a.role))
      out.push(
        problem(
          'PERMISSION_NOT_GRANTABLE',
          ['permissions'],
          msg(
            `Hak "${p}" tidak dapat diberikan kepada ${info.label}.`,
            `Right "${p}" cannot go to ${info.label}.`,
          ),
        ),
      );
  return out;
}

/** Throw ACCOUNT_INVALID listing every problem, if any. */
export function assertAccountShape(a: AccountShape): void {
  const problems = accountProblems(a);
  if (problems.length === 0) return;
  const first = problems[0] as Problem;
  throw new SaksiError(
    problems.length === 1 ? first.code : 'ACCOUNT_INVALID',
    problems.length === 1
      ? first.message
      : msg(`Akun tidak sah (${problems.length} masalah).`, `Invalid account (${problems.length} problems).`),
    { field: first.fields[0], problems },
  );
}

/** Refuse a password that is too short, too long, or contains the username. */
export function assertPasswordAcceptable(password: string, username: string, field = 'password'): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX)
    throw new SaksiError(
      'PASSWORD_LENGTH',
      msg(
        `Kata sandi harus ${PASSWORD_MIN}–${PASSWORD_MAX} karakter.`,
        `A password must have ${PASSWORD_MIN}–${PASSWORD_MAX} characters.`,
      ),
      { field },
    );
  if (username.length > 0 && password.toLowerCase().includes(username.toLowerCase()))
    throw new SaksiError(
      'PASSWORD_CONTAINS_USERNAME',
      msg('Kata sandi tidak boleh memuat nama pengguna.', 'A password must not contain the username.'),
      { field },
    );
}
