/**
 * A tile map of the children: one tile per region (or TPS) in the colour of
 * its leading pair, with the leader's ballot number written on it so colour
 * is never the only cue. Without boundary data this stands in for a map.
 */
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n.js';
import { Link } from '../../app/router.js';
import { colorOf, leaderOf, textOn } from '../links.js';
import { PORTAL } from '../messages.js';
import type { Figures, RegionRef, ResultPair } from '../types.js';

export function RegionGrid(props: {
  pairs: readonly ResultPair[];
  children: ReadonlyArray<RegionRef & { totals: Figures; leaderCalled: boolean }>;
  href: (code: string) => string;
}): ReactNode {
  const t = useT(PORTAL);
  return (
    <section aria-labelledby="grid-h">
      <h2 id="grid-h">{t('grid')}</h2>
      <ul className="tile-grid">
        {props.children.map((c) => {
          const leader = c.leaderCalled ? leaderOf(props.pairs, c.totals.votes) : null;
          const bg = leader === null ? undefined : colorOf(leader);
          const label =
            leader !== null
              ? `${c.name}: ${t('leader')} ${leader.ballotNumber}`
              : c.totals.progress.reported > 0
                ? `${c.name}: ${t('gridTooFew')}`
                : `${c.name}: ${t('gridNoData')}`;
          return (
            <li key={c.code}>
              <Link
                to={props.href(c.code)}
                className={leader === null ? 'tile empty' : 'tile'}
                style={bg === undefined ? undefined : { background: bg, color: textOn(bg) }}
                aria-label={label}
                title={label}
              >
                <span className="tile-name">{c.name}</span>
                <span className="tile-lead">{leader === null ? '·' : leader.ballotNumber}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
