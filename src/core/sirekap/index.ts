export { parseSirekapTps } from './parse.js';
export type { SirekapTpsContext, SirekapTpsRecord } from './parse.js';
export { toSirekapTps } from './export.js';
export type { SirekapExportOptions } from './export.js';
export type {
  SirekapAdministrasi,
  SirekapChart,
  SirekapExtras,
  SirekapTps,
  SirekapTpsPemilu,
  SirekapTpsPilkada,
  SirekapVariant,
} from './wire.js';
