/** A list of violation cases: title (link to the case), origin, kind, status, received and due dates. */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { Link } from '../app/router.js';
import { SUP } from './messages.js';
import type { CaseView } from './types.js';
import { useVocabulary } from './vocabulary.js';

export function CaseTable(props: { cases: readonly CaseView[]; testId: string }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  if (props.cases.length === 0)
    return (
      <p className="muted" data-testid={props.testId}>
        {t('noCases')}
      </p>
    );
  return (
    <div className="table-wrap">
      <table data-testid={props.testId}>
        <thead>
          <tr>
            <th scope="col">{t('title')}</th>
            <th scope="col">{t('origin')}</th>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('receivedOn')}</th>
            <th scope="col">{t('dueOn')}</th>
          </tr>
        </thead>
        <tbody>
          {props.cases.map((c) => (
            <tr key={c.id} data-tracking={c.trackingCode ?? undefined}>
              <td>
                <Link to={`/pengawasan/kasus/${c.id}`}>{c.title}</Link>
                {c.trackingCode !== null && (
                  <>
                    <br />
                    <code className="small">{c.trackingCode}</code>
                  </>
                )}
              </td>
              <td>{t(c.origin === 'finding' ? 'origin_finding' : 'origin_report')}</td>
              <td>{v.category(c.category)}</td>
              <td>{v.state(c.state)}</td>
              <td>
                {v.day(c.receivedOn)}
                {c.late && <span className="sup-badge warn"> {t('late')}</span>}
              </td>
              <td>
                {v.day(c.dueOn)}
                {c.overdue && <span className="sup-badge bad"> {t('overdueFlag')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
