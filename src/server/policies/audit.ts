/**
 * The audit trail: KPU and Bawaslu officials from kecamatan up read the
 * entries of their region (entries without a region only nationally);
 * verifying the whole chain is for the national bodies and the admin.
 */
import type { ActionPolicy } from './policy.js';

export const AUDIT_POLICIES = {
  'audit.read': {
    write: false,
    roles: {
      admin: 'in-scope',
      'kpu-ri': 'in-scope',
      'kpu-provinsi': 'in-scope',
      'kpu-kabkota': 'in-scope',
      ppk: 'in-scope',
      'bawaslu-ri': 'in-scope',
      'bawaslu-provinsi': 'in-scope',
      'bawaslu-kabkota': 'in-scope',
      panwascam: 'in-scope',
    },
  },
  'audit.verify': {
    write: false,
    roles: { admin: 'anywhere', 'kpu-ri': 'anywhere', 'bawaslu-ri': 'anywhere' },
  },
} as const satisfies Record<string, ActionPolicy>;
