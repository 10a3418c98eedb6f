/**
 * /pengawasan/kasus/:id: a case with its details, deadline, late flag,
 * reporter (authorised staff only), evidence fingerprints and timeline, and
 * the actions the API allows this officer (every move goes through
 * POST /api/supervision/cases/:id/transitions).
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { sendJson } from '../app/api.js';
import { useT } from '../app/i18n.js';
import { Link } from '../app/router.js';
import { transitionFor } from '../../../src/core/supervision/index.js';
import type { CaseAction } from '../../../src/core/supervision/index.js';
import { SUP } from './messages.js';
import { Timeline } from './Timeline.js';
import { TransitionPanel } from './TransitionPanel.js';
import type { TransitionRequest } from './TransitionPanel.js';
import type { CaseView, Data } from './types.js';
import { useLoad, useSubmit } from './use-api.js';
import { useVocabulary } from './vocabulary.js';

export function CasePage({ id }: { id: string }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const found = useLoad<CaseView>(`/api/supervision/cases/${encodeURIComponent(id)}`);
  const submit = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  if (found.error !== null)
    return (
      <p className="alert" role="alert">
        {found.error.message}
      </p>
    );
  const c = found.data;
  if (c === null) return <p className="muted">{t('loading')}</p>;
  const transition = async (request: TransitionRequest) => {
    setDone(null);
    const r = await submit.run(() =>
      sendJson<Data<CaseView>>('POST', `/api/supervision/cases/${c.id}/transitions`, request, v.lang),
    );
    if (r === null) return false;
    setDone(v.state(r.data.state));
    found.reload();
    return true;
  };
  return (
    <article className="sup-case" data-testid="case-page">
      <p>
        <Link to="/pengawasan">← {t('casesTitle')}</Link>
      </p>
      <h2>{c.title}</h2>
      <dl className="sup-facts">
        <dt>{t('state')}</dt>
        <dd data-testid="case-state">
          <strong>{v.state(c.state)}</strong>
          {c.outcome !== null && <> · {v.outcome(c.outcome)}</>}
        </dd>
        {c.registerNumber !== null && (
          <>
            <dt>{t('registerNumber')}</dt>
            <dd data-testid="case-register-number">{c.registerNumber}</dd>
          </>
        )}
        {c.trackingCode !== null && (
          <>
            <dt>{t('trackCode')}</dt>
            <dd>
              <code>{c.trackingCode}</code>
            </dd>
          </>
        )}
        <dt>{t('origin')}</dt>
        <dd>{t(c.origin === 'finding' ? 'origin_finding' : 'origin_report')}</dd>
        <dt>{t('category')}</dt>
        <dd>{v.category(c.category)}</dd>
        <dt>{t('stage')}</dt>
        <dd>{v.stage(c.stage)}</dd>
        <dt>{t('region')}</dt>
        <dd>{c.region}</dd>
        <dt>{t('knownOn')}</dt>
        <dd>{v.day(c.knownOn)}</dd>
        <dt>{t('receivedOn')}</dt>
        <dd>
          {v.instant(c.receivedAt)} ·{' '}
          <span className={c.late ? 'warn' : 'ok'} data-testid="case-late">
            {c.late ? t('late') : t('onTime')}
          </span>
        </dd>
        <dt>{t('dueOn')}</dt>
        <dd data-testid="case-due">
          {v.day(c.dueOn)}
          {c.extended && <> ({t('extended')})</>}
          {c.overdue && <span className="sup-badge bad"> {t('overdueFlag')}</span>}
        </dd>
        {c.agency !== null && (
          <>
            <dt>{t('agency')}</dt>
            <dd>{c.agency}</dd>
          </>
        )}
      </dl>
      <h3>{t('details')}</h3>
      <p className="sup-text">{c.description}</p>
      <dl className="sup-facts">
        <dt>{t('place')}</dt>
        <dd>{c.place === '' ? '—' : c.place}</dd>
        <dt>{t('reportedParty')}</dt>
        <dd>{c.reportedParty === '' ? '—' : c.reportedParty}</dd>
        <dt>{t('reporter')}</dt>
        <dd data-testid="case-reporter">
          {c.reporter !== null
            ? `${c.reporter.name} (${v.people(c.reporter.kind)}) · ${c.reporter.contact}${c.reporter.address === '' ? '' : ` · ${c.reporter.address}`}`
            : c.reporterHidden
              ? t('reporterHidden')
              : '—'}
        </dd>
        <dt>{t('evidenceFiles')}</dt>
        <dd>
          {c.evidence.length === 0
            ? '—'
            : c.evidence.map((e) => (
                <div key={e.sha256}>
                  <code className="sup-hash">{e.sha256}</code>{' '}
                  <span className="muted small">{e.mediaType}</span>
                </div>
              ))}
        </dd>
      </dl>
      <h3>{t('actions')}</h3>
      {done !== null && (
        <p className="ok" role="status" data-testid="transition-done">
          {t('saved')} {t('state')}: {done}
        </p>
      )}
      <TransitionPanel
        actions={c.allowedActions}
        requires={(a) => transitionFor(a as CaseAction).requires}
        label={v.action}
        busy={submit.busy}
        error={submit.error}
        onSubmit={transition}
      />
      <h3>{t('timeline')}</h3>
      <Timeline events={c.timeline ?? []} action={v.action} state={v.state} />
    </article>
  );
}
