export { PILKADA_2024_ITEMS } from './items.js';
export type { Formula, Item } from './items.js';
export { tpsNeeds, totalNeeds } from './needs.js';
export type { ContestAtTps, Need } from './needs.js';
