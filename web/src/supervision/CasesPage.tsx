/**
 * /pengawasan: the cases in the officer's scope, filtered by origin, state
 * and category (kept in the URL), with the overdue and due-soon lists
 * (GET /api/supervision/due) first, since those need action today.
 */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { Link, navigate, useLocation } from '../app/router.js';
import type { ConsoleAccount } from '../session/session.js';
import { CASE_STATES, VIOLATION_CATEGORIES } from '../../../src/core/supervision/index.js';
import { CaseTable } from './CaseTable.js';
import { Fields, options } from './form-kit.js';
import type { FieldSpec } from './form-kit.js';
import { SUP } from './messages.js';
import type { CaseView, DueLists } from './types.js';
import { query, useLoad } from './use-api.js';
import { useVocabulary } from './vocabulary.js';

const FILTERS = ['origin', 'state', 'category'] as const;

export function CasesPage({ account }: { account: ConsoleAccount }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const { query: q } = useLocation();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, q.get(f) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const cases = useLoad<readonly CaseView[]>(`/api/supervision/cases${query(filters)}`);
  const due = useLoad<DueLists>('/api/supervision/due?hours=24');
  const specs: FieldSpec[] = [
    {
      name: 'origin',
      label: t('origin'),
      kind: 'select',
      options: options(['finding', 'report'], (o) => t(o === 'finding' ? 'origin_finding' : 'origin_report')),
    },
    { name: 'state', label: t('state'), kind: 'select', options: options(CASE_STATES, v.state) },
    {
      name: 'category',
      label: t('category'),
      kind: 'select',
      options: options(VIOLATION_CATEGORIES, v.category),
    },
  ];
  const setFilter = (name: string, value: string | boolean) =>
    navigate(`/pengawasan${query({ ...filters, [name]: String(value) })}`, { replace: true });
  return (
    <>
      <h2>{t('overdueList')}</h2>
      {due.data !== null && <CaseTable cases={due.data.overdue.cases} testId="overdue-cases" />}
      <h2>{t('dueSoonList')}</h2>
      {due.data !== null && <CaseTable cases={due.data.dueSoon.cases} testId="due-soon-cases" />}
      <h2>{t('casesTitle')}</h2>
      <p className="muted small">
        {account.scope} · <Link to="/pengawasan/catat?form=finding">{t('form_finding')}</Link>
      </p>
      <div className="sup-row sup-filters">
        <Fields prefix="filter" specs={specs} values={filters} onChange={setFilter} error={null} />
      </div>
      {cases.error !== null && (
        <p className="alert" role="alert">
          {cases.error.message}
        </p>
      )}
      {cases.loading && <p className="muted">{t('loading')}</p>}
      {cases.data !== null && <CaseTable cases={cases.data} testId="case-list" />}
    </>
  );
}
