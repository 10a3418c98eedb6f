export { contestId, contestKind, contestName, isSinglePair } from './model.js';
export type { CandidatePair, Contest, ContestKind, Election, ElectionKind, SirekapType } from './model.js';
export { parseSirekapPaslon, splitPairName } from './sirekap-paslon.js';
export type { SirekapPair, SirekapPaslonContest } from './sirekap-paslon.js';
export * from './outcome.js';
export { PILKADA_2024_TIMETABLE, dateInZone, timetableOf, timetablePosition } from './timetable.js';
export type { Timetable, TimetablePosition, TimetableStage } from './timetable.js';
export { DEFAULT_LEADER_RULE, leaderCall } from './leader-call.js';
export type { Coverage, LeaderCall, LeaderRule, NotCalled } from './leader-call.js';
