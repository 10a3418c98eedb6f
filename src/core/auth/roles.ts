/**
 * Roles of the people who use Saksi (docs/DOMAIN.md §1) and the region level each
 * acts at. Two declarative tables decide the shape of an account:
 * `ROLES` (where a role may be scoped, whether it needs a second factor)
 * and `CREATES` (which roles an account may create or manage: only lower
 * roles of its own body, and only within its own region scope).
 */
import type { ScopeLevel } from './scope.js';

export const ROLE_IDS = [
  'admin',
  'kpu-ri',
  'kpu-provinsi',
  'kpu-kabkota',
  'ppk',
  'pps',
  'kpps',
  'saksi',
  'bawaslu-ri',
  'bawaslu-provinsi',
  'bawaslu-kabkota',
  'panwascam',
  'pkd',
  'ptps',
  'observer',
  'media',
] as const;

export type Role = (typeof ROLE_IDS)[number];

export type RoleBody = 'system' | 'kpu' | 'bawaslu' | 'participant' | 'public';

export interface RoleInfo {
  readonly body: RoleBody;
  /** Region levels an account of this role may be scoped to. */
  readonly scopes: readonly ScopeLevel[];
  /**
   * A second factor (TOTP, RFC 6238) is required before any write: the
   * administrator and the permanent KPU/Bawaslu bodies from kab/kota up.
   */
  readonly totpRequired: boolean;
  readonly label: string;
}

export const ROLES: Readonly<Record<Role, RoleInfo>> = {
  admin: { body: 'system', scopes: ['national'], totpRequired: true, label: 'Administrator' },
  'kpu-ri': { body: 'kpu', scopes: ['national'], totpRequired: true, label: 'KPU RI' },
  'kpu-provinsi': { body: 'kpu', scopes: ['province'], totpRequired: true, label: 'KPU Provinsi' },
  'kpu-kabkota': { body: 'kpu', scopes: ['regency'], totpRequired: true, label: 'KPU Kabupaten/Kota' },
  ppk: { body: 'kpu', scopes: ['district'], totpRequired: false, label: 'PPK' },
  pps: { body: 'kpu', scopes: ['village'], totpRequired: false, label: 'PPS' },
  kpps: { body: 'kpu', scopes: ['tps'], totpRequired: false, label: 'KPPS' },
  saksi: {
    body: 'participant',
    scopes: ['tps', 'village', 'district', 'regency', 'province'],
    totpRequired: false,
    label: 'Saksi pasangan calon',
  },
  'bawaslu-ri': { body: 'bawaslu', scopes: ['national'], totpRequired: true, label: 'Bawaslu RI' },
  'bawaslu-provinsi': {
    body: 'bawaslu',
    scopes: ['province'],
    totpRequired: true,
    label: 'Bawaslu Provinsi',
  },
  'bawaslu-kabkota': {
    body: 'bawaslu',
    scopes: ['regency'],
    totpRequired: true,
    label: 'Bawaslu Kabupaten/Kota',
  },
  panwascam: { body: 'bawaslu', scopes: ['district'], totpRequired: false, label: 'Panwaslu Kecamatan' },
  pkd: { body: 'bawaslu', scopes: ['village'], totpRequired: false, label: 'Pengawas Kelurahan/Desa' },
  ptps: { body: 'bawaslu', scopes: ['tps'], totpRequired: false, label: 'Pengawas TPS' },
  observer: {
    body: 'public',
    scopes: ['national', 'province', 'regency', 'district'],
    totpRequired: false,
    label: 'Pemantau',
  },
  media: {
    body: 'public',
    scopes: ['national', 'province', 'regency', 'district'],
    totpRequired: false,
    label: 'Media',
  },
};

/**
 * Who may create (and manage) whom. KPU accredits saksi mandates, observers
 * and the press; each KPU level forms the ad-hoc bodies below it (PPS forms
 * KPPS); Bawaslu kab/kota forms Panwascam, which forms PKD and PTPS.
 */
export const CREATES: Readonly<Record<Role, readonly Role[]>> = {
  admin: ROLE_IDS.filter((r) => r !== 'admin'),
  'kpu-ri': ['kpu-provinsi', 'kpu-kabkota', 'ppk', 'pps', 'kpps', 'saksi', 'observer', 'media'],
  'kpu-provinsi': ['kpu-kabkota', 'ppk', 'pps', 'kpps', 'saksi', 'observer', 'media'],
  'kpu-kabkota': ['ppk', 'pps', 'kpps', 'saksi', 'observer', 'media'],
  ppk: ['pps', 'kpps'],
  pps: ['kpps'],
  kpps: [],
  saksi: [],
  'bawaslu-ri': ['bawaslu-provinsi', 'bawaslu-kabkota', 'panwascam', 'pkd', 'ptps'],
  'bawaslu-provinsi': ['bawaslu-kabkota', 'panwascam', 'pkd', 'ptps'],
  'bawaslu-kabkota': ['panwascam', 'pkd', 'ptps'],
  panwascam: ['pkd', 'ptps'],
  pkd: [],
  ptps: [],
  observer: [],
  media: [],
};

export function isRole(value: string): value is Role {
  return (ROLE_IDS as readonly string[]).includes(value);
}

/** True when an account of role `actor` may create or manage one of role `target`. */
export function mayCreate(actor: Role, target: Role): boolean {
  return CREATES[actor].includes(target);
}
