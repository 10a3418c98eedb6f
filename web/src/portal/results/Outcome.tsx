/**
 * Who leads under the contest's rule (plurality, or more than half for a
 * single pair), always labelled provisional: the KPU declares the result.
 */
import type { ReactNode } from 'react';
import type { Lang } from '../../app/i18n.js';
import { useT } from '../../app/i18n.js';
import { PORTAL } from '../messages.js';
import type { ResultsView } from '../types.js';

export function Outcome(props: {
  outcome: NonNullable<ResultsView['outcome']>;
  pairs: ResultsView['pairs'];
  lang: Lang;
}): ReactNode {
  const t = useT(PORTAL);
  const { outcome } = props;
  const winner = props.pairs.find((p) => p.id === outcome.winner);
  const headline =
    outcome.kind === 'winner' && winner !== undefined
      ? t('leading', { pair: `${winner.ballotNumber}. ${winner.name}` })
      : outcome.kind === 'reelection'
        ? t('rerun')
        : outcome.kind === 'tie'
          ? t('tie')
          : outcome.reason[props.lang];
  return (
    <div className="notice outcome" data-testid="outcome">
      <strong>{headline}</strong>
      <p className="muted">{t('provisional')}</p>
    </div>
  );
}
