export { generateRegistry, apportion } from './generate.js';
export type { GenerateOptions } from './generate.js';
export { parseTpsCsv } from './csv.js';
export type { Tps, Triple } from './tps.js';
