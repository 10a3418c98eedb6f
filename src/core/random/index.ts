export { seededRng, hashString } from './prng.js';
export type { Rng } from './prng.js';
