/**
 * Indonesia's three time zones by province (Permendagri / Keppres 41/1987).
 * Times are stored in UTC; deadline days are counted in the region's zone.
 */
import type { RegionCode } from './code.js';

export type IndonesianZone = 'WIB' | 'WITA' | 'WIT';

export const UTC_OFFSET_MINUTES: Readonly<Record<IndonesianZone, number>> = { WIB: 420, WITA: 480, WIT: 540 };

/** Provinces in WITA (UTC+8): Bali, NTB, NTT, Kalimantan Selatan/Timur/Utara, all of Sulawesi. */
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
/** Provinces in WIT (UTC+9): Maluku, Maluku Utara and the Papua provinces. */
const WIT = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

export function zoneOf(code: RegionCode): IndonesianZone {
  const province = code.slice(0, 2);
  if (WIT.has(province)) return 'WIT';
  if (WITA.has(province)) return 'WITA';
  return 'WIB';
}
