/**
 * Cases and disputes as the API shows them. The reporter's identity appears
 * only when the caller may see it (authorised Bawaslu staff in scope); the
 * public view of a case carries its status and public timeline, never the
 * reporter, the description or the evidence.
 */
import { zoneOf } from '../../core/regions/index.js';
import { OPEN_CASE_STATES, allowedActions, localDate } from '../../core/supervision/index.js';
import type { Dispute, StoredCase, SupervisionEvent } from '../../core/supervision/index.js';

/** The last local day of a deadline held as the instant it passes. */
export function dueOn(dueAt: string, region: string): string {
  return localDate(new Date(Date.parse(dueAt) - 1), zoneOf(region as never));
}

export function presentCase(c: StoredCase, opts: { showReporter: boolean; role: string; now: Date }) {
  const { requirementsMet, reporter, ...rest } = c;
  return {
    ...rest,
    requirementsMet,
    dueOn: dueOn(c.dueAt, c.region),
    overdue: OPEN_CASE_STATES.includes(c.state) && Date.parse(c.dueAt) <= opts.now.getTime(),
    reporter: opts.showReporter ? reporter : null,
    reporterHidden: reporter !== null && !opts.showReporter,
    allowedActions: allowedActions(c.state, opts.role),
  };
}

/** Actions whose note is the notice the reporter is owed (reasons, requests, the decision). */
const PUBLIC_NOTES = new Set(['not-register', 'request-information', 'stop']);

export function presentPublicCase(c: StoredCase, timeline: readonly SupervisionEvent[]) {
  return {
    trackingCode: c.trackingCode,
    category: c.category,
    region: c.region,
    state: c.state,
    outcome: c.outcome,
    registerNumber: c.registerNumber,
    receivedOn: c.receivedOn,
    dueOn: dueOn(c.dueAt, c.region),
    late: c.late,
    evidenceFiles: c.evidence.length,
    timeline: timeline.map((e) => ({
      at: e.at,
      action: e.action,
      state: e.toState,
      note: PUBLIC_NOTES.has(e.action) ? e.note : null,
    })),
  };
}

export function presentDispute(d: Dispute) {
  return { ...d, dueOn: dueOn(d.dueAt, d.region) };
}

export { presentEvent } from '../records/index.js';
