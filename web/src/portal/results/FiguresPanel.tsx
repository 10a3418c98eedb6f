/**
 * A level's totals: valid, invalid, turnout; form status counts and
 * anomalies, each count a link to the list of those TPS (problemsPath).
 */
import type { ReactNode } from 'react';
import { useFormat, useT } from '../../app/i18n.js';
import { Link } from '../../app/router.js';
import { problemsPath } from '../links.js';
import { PORTAL } from '../messages.js';
import type { PortalKey } from '../messages.js';
import type { Figures, StatusCounts } from '../types.js';

const STATUS: ReadonlyArray<[keyof StatusCounts, PortalKey]> = [
  ['missing', 'statusMissing'],
  ['submitted', 'statusSubmitted'],
  ['attested', 'statusAttested'],
  ['objected', 'statusObjected'],
  ['corrected', 'statusCorrected'],
  ['locked', 'statusLocked'],
];

export function FiguresPanel({
  totals,
  contestId,
  region,
}: {
  totals: Figures;
  contestId: string;
  region: string;
}): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  /** A count, as a link to its TPS where there are any (a TPS page has no list below it). */
  const count = (n: number, filter: string) =>
    n > 0 && region !== 'national' && region.length < 13 ? (
      <Link to={problemsPath(contestId, region, filter)}>{f.num(n)}</Link>
    ) : (
      f.num(n)
    );
  const turnout = totals.dpt.total > 0 ? f.pct(totals.users.total / totals.dpt.total) : t('none');
  const rows: ReadonlyArray<[PortalKey, string, string]> = [
    ['valid', f.num(totals.valid), 'valid'],
    ['invalid', f.num(totals.invalid), 'invalid'],
    ['total', f.num(totals.total), 'total'],
    ['dpt', f.num(totals.registryDpt), 'dpt'],
    ['dptReporting', f.num(totals.dpt.total), 'dpt-reporting'],
    ['users', f.num(totals.users.total), 'users'],
    ['turnout', turnout, 'turnout'],
  ];
  return (
    <div className="figures">
      <section aria-labelledby="figures-h">
        <h2 id="figures-h">{t('figures')}</h2>
        <dl className="stats">
          {rows.map(([key, value, id]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd data-testid={`figure-${id}`}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="status-h">
        <h2 id="status-h">{t('status')}</h2>
        <dl className="stats">
          {STATUS.map(([key, label]) => (
            <div key={key}>
              <dt>{t(label)}</dt>
              <dd data-testid={`status-${key}`}>{count(totals.status[key], key)}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('anomalies')}</h3>
        <dl className="stats">
          <div>
            <dt>{t('anomalyTps')}</dt>
            <dd className={totals.anomalies.tps > 0 ? 'warn' : undefined} data-testid="anomaly-tps">
              {count(totals.anomalies.tps, 'warnings')}
            </dd>
          </div>
          <div>
            <dt>{t('anomalyWarnings')}</dt>
            <dd>{f.num(totals.anomalies.warnings)}</dd>
          </div>
          <div>
            <dt>{t('anomalyFlags')}</dt>
            <dd className={totals.anomalies.flags > 0 ? 'bad' : undefined}>
              {f.num(totals.anomalies.flags)}
            </dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
