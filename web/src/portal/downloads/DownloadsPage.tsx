/**
 * Downloads (/unduh): for every contest, its results as JSON and in Sirekap's
 * format (each results page offers the CSV of its tables), and the log's
 * own files for independent verification with `saksi verify`.
 */
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n.js';
import { Link, useTitle } from '../../app/router.js';
import { LoadError, Loading } from '../LoadState.js';
import { useLiveJson } from '../live.js';
import { apiResultsPath, resultsPath, sirekapPath } from '../links.js';
import { PORTAL } from '../messages.js';
import type { ContestSummary } from '../types.js';

export function DownloadsPage(): ReactNode {
  const t = useT(PORTAL);
  useTitle(t('downloadsTitle'));
  const contests = useLiveJson<ContestSummary[]>('/api/contests', { live: false });
  return (
    <section>
      <h1>{t('downloadsTitle')}</h1>
      <p>{t('downloadsIntro')}</p>
      <h2>{t('contests')}</h2>
      {contests.error !== null ? (
        <LoadError error={contests.error} retry={contests.reload} />
      ) : contests.data === null ? (
        <Loading />
      ) : (
        <div className="table-wrap">
          <table data-testid="downloads-table">
            <thead>
              <tr>
                <th scope="col">{t('contests')}</th>
                <th scope="col">{t('json')}</th>
                <th scope="col">{t('sirekap')}</th>
                <th scope="col">{t('csv')}</th>
              </tr>
            </thead>
            <tbody>
              {contests.data.map((c) => {
                const sirekap = sirekapPath(c.id, c.region);
                return (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td>
                      <a href={apiResultsPath(c.id)} download>
                        {t('json')}
                      </a>
                    </td>
                    <td>
                      {sirekap === null ? (
                        t('none')
                      ) : (
                        <a href={sirekap} download>
                          {t('sirekap')}
                        </a>
                      )}
                    </td>
                    <td>
                      <Link to={resultsPath(c.id)}>{t('seeResults')}</Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('logFiles')}</h2>
      <ul>
        <li>
          <a href="/log/checkpoint">{t('checkpoint')}</a> (<code>/log/checkpoint</code>)
        </li>
        <li>
          <a href="/log/policy.txt">{t('policy')}</a> (<code>/log/policy.txt</code>)
        </li>
        <li>
          <code>/log/tile/…</code> (C2SP tlog-tiles)
        </li>
        <li>
          <a href="/api/docs">{t('apiDocs')}</a>
        </li>
      </ul>
    </section>
  );
}
