/**
 * Who maps which level (docs/DOMAIN.md §7): PKD and PTPS assess TPS (and
 * every body above them may too); Panwascam assesses its kecamatan; Bawaslu
 * kab/kota its regency; Bawaslu provinsi the province; Bawaslu RI anything.
 */
import type { MappedLevel } from './instrument.js';

const ABOVE_PANWASCAM = ['bawaslu-kabkota', 'bawaslu-provinsi', 'bawaslu-ri'] as const;

export const MAPPERS: Readonly<Record<MappedLevel, readonly string[]>> = {
  tps: ['ptps', 'pkd', 'panwascam', ...ABOVE_PANWASCAM],
  district: ['panwascam', ...ABOVE_PANWASCAM],
  regency: ABOVE_PANWASCAM,
  province: ['bawaslu-provinsi', 'bawaslu-ri'],
};

/** Whether `role` enters assessments at `level` (the CLI and system imports always may). */
export function mayMap(role: string, level: MappedLevel): boolean {
  return role === 'cli' || role === 'system' || MAPPERS[level].includes(role);
}
