/** The acknowledgement of a public report: the tracking code, prominent, with the deadline and late flag. */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { Link } from '../app/router.js';
import { SUP } from './messages.js';
import type { IntakeAck } from './types.js';
import { useVocabulary } from './vocabulary.js';

export function IntakeReceipt({ ack, onAnother }: { ack: IntakeAck; onAnother(): void }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  return (
    <section className="sup-page" aria-labelledby="ack-title">
      <h1 id="ack-title">{t('ackTitle')}</h1>
      <div className="sup-ack" role="status">
        <p>{t('ackCode')}</p>
        <p className="sup-code" data-testid="tracking-code">
          {ack.trackingCode}
        </p>
        <p className="small">{t('ackKeep')}</p>
      </div>
      <dl className="sup-facts">
        <dt>{t('receivedOn')}</dt>
        <dd>{v.instant(ack.receivedAt)}</dd>
        <dt>{t('dueOn')}</dt>
        <dd data-testid="ack-due">{v.day(ack.dueOn)}</dd>
        <dt>{t('state')}</dt>
        <dd data-testid="ack-late" className={ack.late ? 'warn' : 'ok'}>
          {ack.late ? t('ackLate') : t('ackOnTime')}
        </dd>
      </dl>
      {ack.evidence.length > 0 && (
        <>
          <h2>{t('ackEvidence')}</h2>
          <ul className="sup-files">
            {ack.evidence.map((e) => (
              <li key={e.sha256}>
                <code className="sup-hash">{e.sha256}</code> <span className="muted">{e.mediaType}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link className="button" to={`/lapor/lacak/${ack.trackingCode}`}>
          {t('trackThis')}
        </Link>{' '}
        <button type="button" className="secondary" onClick={onAnother}>
          {t('ackAnother')}
        </button>
      </p>
    </section>
  );
}
