export { needsTable, regionNeeds, regionTooLarge } from './needs.js';
export type { RegionNeeds, TpsNeeds } from './needs.js';
