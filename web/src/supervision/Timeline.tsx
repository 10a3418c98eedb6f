/** The timeline of a case or dispute for officers: when, action, new state, role and note. */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { SUP } from './messages.js';
import type { TimelineEvent } from './types.js';
import { useVocabulary } from './vocabulary.js';

export function Timeline(props: {
  events: readonly TimelineEvent[];
  action(id: string): string;
  state(id: string): string;
}): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  return (
    <ol className="sup-timeline" data-testid="case-timeline">
      {props.events.map((e) => (
        <li key={e.seq}>
          <time dateTime={e.at}>{v.instant(e.at)}</time> — <strong>{props.state(e.to)}</strong>{' '}
          <span className="muted small">
            ({props.action(e.action)} · {v.people(e.actorRole)})
          </span>
          {e.note !== null && e.note !== '' && (
            <p className="small">
              {t('note')}: {e.note}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
