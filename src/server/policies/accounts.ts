/**
 * Accounts: who may read, create and manage them. The target region is the
 * account's scope. On top of this table the command checks the role
 * hierarchy (core/auth CREATES: only lower roles of one's own body).
 */
import type { ActionPolicy } from './policy.js';

const MANAGERS = {
  admin: 'in-scope',
  'kpu-ri': 'in-scope',
  'kpu-provinsi': 'in-scope',
  'kpu-kabkota': 'in-scope',
  ppk: 'in-scope',
  pps: 'in-scope',
  'bawaslu-ri': 'in-scope',
  'bawaslu-provinsi': 'in-scope',
  'bawaslu-kabkota': 'in-scope',
  panwascam: 'in-scope',
} as const;

export const ACCOUNT_POLICIES = {
  'accounts.read': { write: false, roles: MANAGERS },
  'accounts.create': { write: true, roles: MANAGERS },
  'accounts.update': { write: true, roles: MANAGERS },
  'accounts.password-reset': { write: true, roles: MANAGERS },
} as const satisfies Record<string, ActionPolicy>;
