export { parseCsv } from './parse.js';
export type { CsvTable } from './parse.js';
