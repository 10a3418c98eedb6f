/** The pairs' votes and shares, in ballot order and their colours, with a bar per pair. */
import type { ReactNode } from 'react';
import { useFormat, useT } from '../../app/i18n.js';
import { byBallot, colorOf } from '../links.js';
import { PORTAL } from '../messages.js';
import type { ResultPair } from '../types.js';

export function PairTable(props: {
  pairs: readonly ResultPair[];
  votes: Readonly<Record<string, number>>;
  valid: number;
  caption: string;
}): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  const { votes, valid } = props;
  return (
    <div className="table-wrap">
      <table className="pairs" data-testid="pair-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ballotNumber')}</th>
            <th scope="col">{t('pair')}</th>
            <th scope="col" className="num">
              {t('votes')}
            </th>
            <th scope="col" className="num">
              {t('share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {byBallot(props.pairs).map((p) => {
            const v = votes[p.id] ?? 0;
            const share = valid > 0 ? v / valid : 0;
            return (
              <tr key={p.id}>
                <td>
                  <span className="ballot" style={{ borderColor: colorOf(p) }}>
                    {p.ballotNumber}
                  </span>
                </td>
                <th scope="row">
                  {p.emptyColumn ? `${p.name} (${t('emptyColumn')})` : p.name}
                  <span className="share-bar" aria-hidden="true">
                    <span style={{ width: `${(share * 100).toFixed(2)}%`, background: colorOf(p) }} />
                  </span>
                </th>
                <td className="num" data-testid={`votes-${p.id}`}>
                  {f.num(v)}
                </td>
                <td className="num">{f.pct(share)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
