/**
 * /pengawasan/sengketa/:id: a dispute with its deadline and timeline, and the
 * moves its state table allows for its kind and the officer's role
 * (POST /api/supervision/disputes/:id/transitions).
 */
import type { ReactNode } from 'react';
import { sendJson } from '../app/api.js';
import { useT } from '../app/i18n.js';
import { Link } from '../app/router.js';
import type { ConsoleAccount } from '../session/session.js';
import {
  DISPUTE_HANDLERS,
  DISPUTE_TRANSITIONS,
  disputeTransitionFor,
} from '../../../src/core/supervision/index.js';
import type { DisputeAction } from '../../../src/core/supervision/index.js';
import { SUP } from './messages.js';
import { Timeline } from './Timeline.js';
import { TransitionPanel } from './TransitionPanel.js';
import type { TransitionRequest } from './TransitionPanel.js';
import type { Data, DisputeView } from './types.js';
import { useLoad, useSubmit } from './use-api.js';
import { useVocabulary } from './vocabulary.js';

/** The moves open to `role` on `d` (the API checks them again). */
function allowedFor(d: DisputeView, role: string): DisputeAction[] {
  if (!(DISPUTE_HANDLERS[d.kind] as readonly string[]).includes(role)) return [];
  return DISPUTE_TRANSITIONS.filter((x) => x.from.includes(d.state) && x.kinds.includes(d.kind)).map(
    (x) => x.action,
  );
}

export function DisputePage({ id, account }: { id: string; account: ConsoleAccount }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const found = useLoad<DisputeView>(`/api/supervision/disputes/${encodeURIComponent(id)}`);
  const submit = useSubmit();
  if (found.error !== null)
    return (
      <p className="alert" role="alert">
        {found.error.message}
      </p>
    );
  const d = found.data;
  if (d === null) return <p className="muted">{t('loading')}</p>;
  const transition = async (request: TransitionRequest) => {
    const r = await submit.run(() =>
      sendJson<Data<DisputeView>>('POST', `/api/supervision/disputes/${d.id}/transitions`, request, v.lang),
    );
    if (r !== null) found.reload();
    return r !== null;
  };
  return (
    <article data-testid="dispute-page">
      <p>
        <Link to="/pengawasan/sengketa">← {t('disputesTitle')}</Link>
      </p>
      <h2>{t('disputeTitle', { kind: v.dispute(d.kind) })}</h2>
      <dl className="sup-facts">
        <dt>{t('state')}</dt>
        <dd data-testid="dispute-state">
          <strong>{v.dispute(d.state)}</strong>
        </dd>
        {d.registerNumber !== null && (
          <>
            <dt>{t('registerNumber')}</dt>
            <dd>{d.registerNumber}</dd>
          </>
        )}
        <dt>{t('applicant')}</dt>
        <dd>{d.applicant}</dd>
        <dt>{t('respondent')}</dt>
        <dd>{d.respondent}</dd>
        <dt>{t('disputeSubject')}</dt>
        <dd className="sup-text">{d.subject}</dd>
        <dt>{t('region')}</dt>
        <dd>{d.region}</dd>
        <dt>{t('receivedOn')}</dt>
        <dd>
          {v.day(d.receivedOn)} ·{' '}
          <span className={d.late ? 'warn' : 'ok'}>{d.late ? t('late') : t('onTime')}</span>
        </dd>
        <dt>{t('dueOn')}</dt>
        <dd>
          {v.day(d.dueOn)}
          {d.special && <> · {t('special')}</>}
        </dd>
      </dl>
      <h3>{t('actions')}</h3>
      <TransitionPanel
        actions={allowedFor(d, account.role)}
        requires={(a) => disputeTransitionFor(a as DisputeAction).requires}
        label={v.dispute}
        busy={submit.busy}
        error={submit.error}
        onSubmit={transition}
      />
      <h3>{t('timeline')}</h3>
      <Timeline events={d.timeline ?? []} action={v.dispute} state={v.dispute} />
    </article>
  );
}
