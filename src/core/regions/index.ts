export {
  CODE_LENGTH,
  LEVELS,
  ancestry,
  formatDotted,
  isRegionCode,
  isWithin,
  levelOf,
  parentOf,
  parseRegionCode,
  tpsCode,
} from './code.js';
export type { RegionCode, RegionLevel } from './code.js';
export { UTC_OFFSET_MINUTES, zoneOf } from './timezone.js';
export type { IndonesianZone } from './timezone.js';
