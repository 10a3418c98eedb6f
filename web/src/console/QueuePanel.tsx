/** The outbox: statements signed on this device, waiting, sent or refused. */
import type { ReactNode } from 'react';
import { useFormat, useLang, useT } from '../app/i18n.js';
import { CONSOLE } from './messages.js';
import { removeItem, useQueue } from './queue.js';
import type { QueueItem } from './queue.js';
import { Receipt } from './Receipt.js';
import type { ConsoleAccount } from '../session/session.js';
import { useOnline } from './useOnline.js';

export function QueuePanel({ account }: { account: ConsoleAccount }): ReactNode {
  const t = useT(CONSOLE);
  const { lang } = useLang();
  const online = useOnline();
  const { items, sync } = useQueue(account.username, lang);
  const pending = items.filter((i) => i.state === 'pending').length;
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">{t('queueTitle')}</h2>
      <p data-testid="queue-summary">{t('queueSummary', { pending, all: items.length })}</p>
      <p>
        <button type="button" onClick={sync} disabled={!online || pending === 0}>
          {t('queueSync')}
        </button>
      </p>
      {items.length === 0 ? (
        <p className="muted">{t('queueEmpty')}</p>
      ) : (
        <ol className="queue" data-testid="queue">
          {[...items].reverse().map((item) => (
            <QueueRow key={item.id} item={item} />
          ))}
        </ol>
      )}
    </section>
  );
}

export function QueueRow({ item }: { item: QueueItem }): ReactNode {
  const t = useT(CONSOLE);
  const f = useFormat();
  return (
    <li className={`card queue-${item.state}`} data-testid="queue-item" data-state={item.state}>
      <p>
        <strong>{item.label}</strong> · <span className="muted">{f.date(item.createdAt)}</span>
      </p>
      <p data-testid="queue-state">{t(`state_${item.state}`)}</p>
      {item.state === 'accepted' && <Receipt item={item} />}
      {item.state === 'refused' && item.error !== undefined && (
        <div role="alert" className="alert">
          <p>{item.error.message}</p>
          <ul>
            {item.error.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
          <button type="button" className="secondary" onClick={() => void removeItem(item.id)}>
            {t('queueRemove')}
          </button>
        </div>
      )}
    </li>
  );
}
