export { ContestTally, Tally } from './tally.js';
export type { TallyLevel, TallySnapshot } from './tally.js';
export type { TpsContribution } from './row.js';
export { progressOf, toSirekapAggregate } from './sirekap.js';
export type {
  SirekapAggregate,
  SirekapAggregateChart,
  SirekapAggregateRow,
  SirekapProgress,
} from './sirekap.js';
