/**
 * The TPS registry: polling stations per desa/kelurahan with their number,
 * address and registered voters (DPT) as L/P/J. A TPS id is the 10-digit desa
 * code plus a 3-digit TPS number (docs/DOMAIN.md §1–2).
 */
import type { RegionCode } from '../regions/index.js';

export interface Triple {
  readonly male: number;
  readonly female: number;
  readonly total: number;
}

export interface Tps {
  readonly code: RegionCode;
  readonly village: RegionCode;
  readonly number: number;
  readonly address: string;
  readonly dpt: Triple;
}
