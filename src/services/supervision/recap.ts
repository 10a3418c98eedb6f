/** The recap report for a region and period, and the lists of items overdue or due soon. */
import {
  OPEN_CASE_STATES,
  OPEN_DISPUTE_STATES,
  isDate,
  supervisionErrors,
} from '../../core/supervision/index.js';
import type { Dispute, RecapReport } from '../../core/supervision/index.js';
import type { Scope } from '../../core/auth/index.js';
import type { StoredCase } from '../../store/repos/supervision/index.js';
import type { SupervisionDeps } from './deps.js';
import { serviceErrors } from './errors.js';

export async function computeRecap(
  deps: SupervisionDeps,
  region: Scope,
  from: string,
  to: string,
): Promise<RecapReport> {
  if (!isDate(from)) throw supervisionErrors.dateInvalid('from');
  if (!isDate(to)) throw supervisionErrors.dateInvalid('to');
  if (from > to) throw serviceErrors.periodInvalid();
  return deps.store.supervision.recaps.recap({ within: region === 'national' ? null : region, from, to });
}

export interface DueLists {
  readonly overdue: { readonly cases: StoredCase[]; readonly disputes: Dispute[] };
  readonly dueSoon: { readonly cases: StoredCase[]; readonly disputes: Dispute[] };
}

/** Open cases and disputes whose deadline has passed, or passes within `hours`. */
export async function dueLists(
  deps: SupervisionDeps,
  region: Scope,
  hours: number,
  limit: number,
): Promise<DueLists> {
  const now = deps.clock();
  const f = {
    within: region === 'national' ? null : region,
    now: now.toISOString(),
    soonUntil: new Date(now.getTime() + hours * 3_600_000).toISOString(),
    limit,
  };
  const [cases, disputes] = await Promise.all([
    deps.store.supervision.cases.due({ ...f, states: OPEN_CASE_STATES }),
    deps.store.supervision.disputes.due({ ...f, states: OPEN_DISPUTE_STATES }),
  ]);
  const late = (x: { dueAt: string }) => x.dueAt <= f.now;
  return {
    overdue: { cases: cases.filter(late), disputes: disputes.filter(late) },
    dueSoon: { cases: cases.filter((c) => !late(c)), disputes: disputes.filter((d) => !late(d)) },
  };
}
