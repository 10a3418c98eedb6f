export { SaksiError, msg, problem, isSaksiError } from './error.js';
export type { Message, Problem, Lang } from './error.js';
