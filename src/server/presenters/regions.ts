import type { Region, TpsTotals } from '../../store/index.js';
import type { Tps } from '../../core/registry/index.js';

export interface RegionView {
  code: string;
  dotted: string;
  level: string;
  name: string;
  parent: string | null;
  source: string;
}

export function presentRegion(r: Region): RegionView {
  return { code: r.code, dotted: r.dotted, level: r.level, name: r.name, parent: r.parent, source: r.source };
}

export function presentTps(t: Tps) {
  return {
    code: t.code,
    level: 'tps' as const,
    number: t.number,
    name: `TPS ${String(t.number).padStart(3, '0')}`,
    address: t.address,
    dpt: t.dpt,
  };
}

export function presentTotals(t: TpsTotals) {
  return { tps: t.tps, dpt: { male: t.dptMale, female: t.dptFemale, total: t.dptTotal } };
}
