/**
 * At the contest's own region: how much has reported, and who leads under
 * the contest's rule (plurality, or more than half for a single pair) —
 * named only once enough of the region has reported (the server's
 * `leader` call, core/elections/leader-call.ts), and always labelled
 * provisional: the KPU declares the result.
 */
import type { ReactNode } from 'react';
import type { Lang } from '../../app/i18n.js';
import { useFormat, useT } from '../../app/i18n.js';
import { PORTAL } from '../messages.js';
import type { ResultsView } from '../types.js';

export function Outcome(props: { view: ResultsView; lang: Lang }): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  const { outcome, leader, pairs } = props.view;
  const { tps, children } = leader.coverage;
  const winner = outcome === null ? undefined : pairs.find((p) => p.id === outcome.winner);
  const headline =
    outcome === null
      ? t('notCalled')
      : outcome.kind === 'winner' && winner !== undefined
        ? t('leading', { pair: `${winner.ballotNumber}. ${winner.name}` })
        : outcome.kind === 'reelection'
          ? t('rerun')
          : outcome.kind === 'tie'
            ? t('tie')
            : outcome.reason[props.lang];
  const shares = {
    tps: f.num(tps.reported),
    tpsTotal: f.num(tps.total),
    pct: f.pct(tps.total > 0 ? tps.reported / tps.total : 0),
    children: f.num(children.reported),
    childrenTotal: f.num(children.total),
  };
  return (
    <div className="notice outcome" data-testid="outcome" data-called={leader.called}>
      <strong>{headline}</strong>
      <p data-testid="coverage">
        {leader.notCalled.includes('no-registry')
          ? t('noRegistry')
          : children.total > 0
            ? t('coverage', shares)
            : t('coverageTps', shares)}
        {!leader.called && !leader.notCalled.includes('no-registry') && (
          <>
            {' '}
            {t('callRule', {
              minTps: f.num(leader.rule.minTpsPercent),
              minChildren: f.num(leader.rule.minChildrenPercent),
            })}
          </>
        )}
      </p>
      <p className="muted">{t('provisional')}</p>
    </div>
  );
}
