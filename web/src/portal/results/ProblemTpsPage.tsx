/**
 * The TPS behind a counter of a results page (/hasil/{contest}/{region}/tps
 * ?status=…): missing, objected, corrected, with warnings or incidents —
 * each a link to its TPS page, with its status, warning codes and
 * incidents, and the whole list as CSV from the API.
 */
import type { ReactNode } from 'react';
import { useFormat, useT } from '../../app/i18n.js';
import { Link, useTitle } from '../../app/router.js';
import { LoadError, Loading } from '../LoadState.js';
import { useLiveJson } from '../live.js';
import { resultsPath, tpsPath } from '../links.js';
import { PORTAL } from '../messages.js';
import type { PortalKey } from '../messages.js';
import type { ProblemPage } from '../types.js';

const LABEL: Readonly<Record<string, PortalKey>> = {
  missing: 'statusMissing',
  submitted: 'statusSubmitted',
  attested: 'statusAttested',
  objected: 'statusObjected',
  corrected: 'statusCorrected',
  locked: 'statusLocked',
  warnings: 'anomalyTps',
  incidents: 'incidentsTps',
};

export function ProblemTpsPage(props: { contestId: string; region: string; status: string }): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  const base = `/api/results/${encodeURIComponent(props.contestId)}/${props.region}/tps`;
  const query = `?filter=${encodeURIComponent(props.status)}`;
  const live = useLiveJson<ProblemPage>(`${base}${query}&limit=1000`);
  const label = t(LABEL[props.status] ?? 'status');
  useTitle(`${label} · ${props.region}`);
  if (live.error !== null) return <LoadError error={live.error} retry={live.reload} />;
  if (live.data === null) return <Loading />;
  const page = live.data;
  return (
    <article data-testid="problem-tps" data-filter={props.status}>
      <p className="eyebrow">
        <Link to={resultsPath(props.contestId, props.region)}>{t('backToResults')}</Link>
      </p>
      <h1>
        {label}: {f.num(page.total)} TPS
      </h1>
      <p>
        <a href={`${base}.csv${query}`} download>
          {t('csv')}
        </a>
        {page.total > page.items.length && <> · {t('firstOf', { shown: f.num(page.items.length) })}</>}
      </p>
      <div className="table-wrap">
        <table data-testid="problem-table">
          <thead>
            <tr>
              <th scope="col">TPS</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('anomalyWarnings')}</th>
              <th scope="col" className="num">
                {t('incidentsTps')}
              </th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((row) => (
              <tr key={row.code} data-code={row.code}>
                <th scope="row">
                  <Link to={tpsPath(row.code, props.contestId)}>{row.dotted}</Link>
                </th>
                <td>{t(LABEL[row.status] ?? 'status')}</td>
                <td>{row.warnings.join(', ') || t('none')}</td>
                <td className="num">{f.num(row.incidents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
