export * from './categories.js';
export * from './case-machine.js';
export * from './dispute-machine.js';
export * from './deadlines.js';
export * from './tracking.js';
export * from './transition.js';
export * from './recap.js';
export { supervisionErrors } from './errors.js';
export type * from './types.js';
