export { Store } from './store.js';
export type { Dialect, StoreDriver } from './store.js';
export { openStore, migrate } from './open.js';
export type { DatabaseTarget } from './open.js';
export type { Region, RegionIssue, RegionRow } from './repos/regions.js';
export type { ContestWithPairs } from './repos/elections.js';
export type { TpsTotals } from './repos/tps.js';
