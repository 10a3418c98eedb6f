/** The recap report for a region and period, and the lists of items overdue or due soon. */
import { CASE_KIND, DISPUTE_KIND, isDate, supervisionErrors } from '../../core/supervision/index.js';
import type { Dispute, RecapReport, StoredCase } from '../../core/supervision/index.js';
import type { Scope } from '../../core/auth/index.js';
import { dueRecords } from '../records/index.js';
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
  const within = region === 'national' ? null : region;
  const [cases, disputes] = await Promise.all([
    dueRecords(deps, CASE_KIND, within, hours, limit),
    dueRecords(deps, DISPUTE_KIND, within, hours, limit),
  ]);
  return {
    overdue: { cases: cases.overdue, disputes: disputes.overdue },
    dueSoon: { cases: cases.dueSoon, disputes: disputes.dueSoon },
  };
}
