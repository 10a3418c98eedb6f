/**
 * Explicit rights granted to an account on top of its role. `relay`: the
 * account may upload statements made by others in its region (a PPK's batch
 * upload, an offline device syncing). A relayed form is valid because of its
 * own signature, never because of the HTTP account that carried it.
 */
import type { Role } from './roles.js';

export const PERMISSION_IDS = ['relay'] as const;
export type Permission = (typeof PERMISSION_IDS)[number];

/** Roles that may be granted each permission. */
export const GRANTABLE: Readonly<Record<Permission, readonly Role[]>> = {
  relay: [
    'kpu-ri',
    'kpu-provinsi',
    'kpu-kabkota',
    'ppk',
    'pps',
    'bawaslu-ri',
    'bawaslu-provinsi',
    'bawaslu-kabkota',
    'panwascam',
    'pkd',
  ],
};

export function isPermission(value: string): value is Permission {
  return (PERMISSION_IDS as readonly string[]).includes(value);
}
