/** Logistics: KPU and its ad-hoc bodies plan and move it; Bawaslu supervises it; each within its scope. */
import type { ActionPolicy } from './policy.js';

export const LOGISTICS_POLICIES = {
  'logistics.read': {
    write: false,
    roles: {
      'kpu-ri': 'in-scope',
      'kpu-provinsi': 'in-scope',
      'kpu-kabkota': 'in-scope',
      ppk: 'in-scope',
      pps: 'in-scope',
      'bawaslu-ri': 'in-scope',
      'bawaslu-provinsi': 'in-scope',
      'bawaslu-kabkota': 'in-scope',
      panwascam: 'in-scope',
    },
  },
} as const satisfies Record<string, ActionPolicy>;
