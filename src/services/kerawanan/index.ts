export { createEntry } from './entries.js';
export type { KerawananDeps, NewEntry } from './entries.js';
export { kerawananSummary } from './summary.js';
