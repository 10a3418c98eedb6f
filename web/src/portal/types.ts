/**
 * The shapes of the public API's answers that the portal reads, derived from
 * the schemas the server answers with (src/api/portal; routes in
 * src/server/routes/{results,contests,elections,regions,timetable}).
 */
import type { z } from 'zod';
import type * as api from '../../../src/api/portal/index.js';

export type RegionRef = z.infer<typeof api.RegionRef>;
export type RegionDetail = z.infer<typeof api.RegionDetail>['data'];
export type Triple = z.infer<typeof api.Triple>;
export type StatusCounts = z.infer<typeof api.StatusCounts>;
export type Figures = z.infer<typeof api.Figures>;
export type ResultPair = z.infer<typeof api.ResultPair>;
export type ResultsView = z.infer<typeof api.ResultsView>;
export type ProblemPage = z.infer<typeof api.ProblemAnswer>['data'];
export type Election = z.infer<typeof api.Election>;
export type ContestSummary = z.infer<typeof api.Contest>;
export type CandidatePair = z.infer<typeof api.Pair>;
export type ContestDetail = z.infer<typeof api.ContestWithPairs>;
export type HistoryEntry = z.infer<typeof api.HistoryEntry>;
export type AttestationRecord = z.infer<typeof api.AttestationRecord>;
export type TpsContest = z.infer<typeof api.TpsContest>;
export type TpsView = z.infer<typeof api.TpsView>;
export type TimetableView = z.infer<typeof api.TimetableView>;
