/**
 * /pengawasan/sengketa: process disputes in the officer's scope — between
 * participants (PSAP, fast track) and against KPU decisions — and a form to
 * record a new one.
 */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { Link } from '../app/router.js';
import type { ConsoleAccount } from '../session/session.js';
import { DISPUTE_KINDS } from '../../../src/core/supervision/index.js';
import { options, str } from './form-kit.js';
import type { FieldSpec, Values } from './form-kit.js';
import { SUP } from './messages.js';
import { RecordForm } from './RecordForm.js';
import type { DisputeView } from './types.js';
import { useLoad } from './use-api.js';
import { useVocabulary } from './vocabulary.js';

export function DisputesPage({ account }: { account: ConsoleAccount }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const list = useLoad<readonly DisputeView[]>('/api/supervision/disputes');
  const specs: FieldSpec[] = [
    {
      name: 'kind',
      label: t('kind'),
      kind: 'select',
      required: true,
      options: options(DISPUTE_KINDS, v.dispute),
    },
    { name: 'region', label: t('regionCode'), hint: t('regionCodeHelp'), required: true },
    { name: 'applicant', label: t('applicant'), required: true },
    { name: 'respondent', label: t('respondent'), required: true },
    { name: 'subject', label: t('disputeSubject'), kind: 'textarea', required: true },
    { name: 'decisionOn', label: t('decisionOn'), kind: 'date' },
    { name: 'special', label: t('special'), kind: 'checkbox' },
  ];
  const initial: Values = { kind: 'psap', region: account.scope === 'national' ? '' : account.scope };
  const toBody = (values: Values) => ({
    kind: str(values, 'kind'),
    region: str(values, 'region'),
    electionKind: 'pilkada',
    applicant: str(values, 'applicant'),
    respondent: str(values, 'respondent'),
    subject: str(values, 'subject'),
    decisionOn: str(values, 'decisionOn') === '' ? null : str(values, 'decisionOn'),
    special: values.special === true,
  });
  return (
    <>
      <h2>{t('disputesTitle')}</h2>
      {list.error !== null && (
        <p className="alert" role="alert">
          {list.error.message}
        </p>
      )}
      {list.data !== null && list.data.length === 0 && <p className="muted">{t('noDisputes')}</p>}
      {list.data !== null && list.data.length > 0 && (
        <div className="table-wrap">
          <table data-testid="dispute-list">
            <thead>
              <tr>
                <th scope="col">{t('applicant')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('receivedOn')}</th>
                <th scope="col">{t('dueOn')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to={`/pengawasan/sengketa/${d.id}`}>
                      {d.applicant} — {d.respondent}
                    </Link>
                  </td>
                  <td>{v.dispute(d.kind)}</td>
                  <td>{v.dispute(d.state)}</td>
                  <td>
                    {v.day(d.receivedOn)}
                    {d.late && <span className="sup-badge warn"> {t('late')}</span>}
                  </td>
                  <td>{v.day(d.dueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <RecordForm
        prefix="dispute"
        title={t('newDispute')}
        url="/api/supervision/disputes"
        specs={specs}
        initial={initial}
        toBody={toBody}
        linkTo={(saved) => `/pengawasan/sengketa/${saved.id}`}
        onSaved={list.reload}
      />
    </>
  );
}
