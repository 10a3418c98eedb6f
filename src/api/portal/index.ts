/** The answers of the public API that the portal reads, as zod schemas; the web derives its types from them. */
export { Finding, Message, RecapStatus, RegionRef, StatusCounts, Triple } from '../common.js';
export { Contest, ContestDetail, ContestList, ContestWithPairs, Pair } from './contests.js';
export { Election, ElectionList, TimetableAnswer, TimetableStage, TimetableView } from './elections.js';
export { LookupResult, Region, RegionDetail, RegionList, TpsEntry } from './regions.js';
export {
  Figures,
  Outcome,
  ProblemAnswer,
  ProblemTps,
  ResultPair,
  ResultsAnswer,
  ResultsView,
} from './results.js';
export { AttestationRecord, HistoryEntry, TpsAnswer, TpsContest, TpsView } from './tps.js';
