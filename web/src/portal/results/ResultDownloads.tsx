/** The data behind a results view: CSV of the pairs, the API's JSON, and the Sirekap-format JSON. */
import type { ReactNode } from 'react';
import { CsvButton } from '../../app/components/CsvButton.js';
import { useT } from '../../app/i18n.js';
import { apiResultsPath, byBallot, sirekapPath } from '../links.js';
import { PORTAL } from '../messages.js';
import type { ResultsView } from '../types.js';

export function ResultDownloads({ view }: { view: ResultsView }): ReactNode {
  const t = useT(PORTAL);
  const { contest, region, totals } = view;
  const sirekap = sirekapPath(contest.id, region.code);
  const rows = () => [
    ['contest', 'region', 'ballot_number', 'pair_id', 'pair', 'votes'],
    ...byBallot(view.pairs).map((p) => [
      contest.id,
      region.code,
      p.ballotNumber,
      p.id,
      p.name,
      totals.votes[p.id] ?? 0,
    ]),
    [contest.id, region.code, null, 'valid', null, totals.valid],
    [contest.id, region.code, null, 'invalid', null, totals.invalid],
    [contest.id, region.code, null, 'total', null, totals.total],
  ];
  return (
    <section aria-labelledby="downloads-h" className="downloads">
      <h2 id="downloads-h">{t('downloads')}</h2>
      <ul className="inline-list">
        <li>
          <CsvButton
            filename={`suara-${contest.id}-${region.code}.csv`}
            rows={rows}
            label={t('downloadTable', { name: t('chartTitle') })}
          >
            {t('csv')}
          </CsvButton>
        </li>
        <li>
          <a className="button secondary small" href={apiResultsPath(contest.id, region.code)} download>
            {t('json')}
          </a>
        </li>
        {sirekap !== null && (
          <li>
            <a className="button secondary small" href={sirekap} download>
              {t('sirekap')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
