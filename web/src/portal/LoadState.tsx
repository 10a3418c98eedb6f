/** What a view shows while its data loads, when it fails, and how fresh it is. */
import type { ReactNode } from 'react';
import type { ApiError } from '../app/api.js';
import { useLang, useT } from '../app/i18n.js';
import { PORTAL } from './messages.js';

export function Loading(): ReactNode {
  const t = useT(PORTAL);
  return (
    <p className="muted" role="status">
      {t('loading')}
    </p>
  );
}

export function LoadError(props: { error: ApiError; retry: () => void }): ReactNode {
  const t = useT(PORTAL);
  return (
    <div role="alert" className="alert">
      <p>{props.error.message}</p>
      <button type="button" onClick={props.retry}>
        {t('retry')}
      </button>
    </div>
  );
}

export function LiveNote(props: { updatedAt: Date | null; logSize?: number }): ReactNode {
  const t = useT(PORTAL);
  const { lang } = useLang();
  if (props.updatedAt === null) return null;
  const time = props.updatedAt.toLocaleTimeString(lang === 'id' ? 'id-ID' : 'en-GB');
  return (
    <p className="live muted" role="status" aria-live="polite">
      <span className="live-dot" aria-hidden="true" /> {t('live')} ·{' '}
      {props.logSize === undefined ? t('updated', { time }) : t('updatedAt', { time, size: props.logSize })}
    </p>
  );
}
