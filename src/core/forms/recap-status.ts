/**
 * The statuses a TPS's result can have in one contest, in the order of the
 * recap's counts (`missing` first, `locked` last). The rule that picks one
 * for a TPS is the recap's (`../recap/status.ts`); the names live here so
 * that the tally, the recap and the API's answers share them without the
 * tally importing the recap.
 */
export const RECAP_STATUSES = [
  'missing',
  'submitted',
  'attested',
  'objected',
  'corrected',
  'locked',
] as const;
export type RecapStatus = (typeof RECAP_STATUSES)[number];
