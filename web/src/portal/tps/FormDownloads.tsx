/** One TPS form as CSV (the figures on screen), as the API's JSON, and as Sirekap's per-TPS JSON. */
import type { ReactNode } from 'react';
import type { CHasilLike } from '../../../../src/core/forms/index.js';
import { CsvButton } from '../../app/components/CsvButton.js';
import { useT } from '../../app/i18n.js';
import { byBallot, sirekapPath } from '../links.js';
import { PORTAL } from '../messages.js';
import type { TpsContest } from '../types.js';

export function FormDownloads(props: {
  contest: TpsContest['contest'];
  form: CHasilLike;
  index: number;
}): ReactNode {
  const t = useT(PORTAL);
  const { contest, form } = props;
  const sirekap = sirekapPath(contest.id, form.tps);
  const rows = () => [
    ['contest', 'tps', 'log_index', 'item', 'votes'],
    ...byBallot(contest.pairs).map((p) => [
      contest.id,
      form.tps,
      props.index,
      `pair_${p.ballotNumber}_${p.id}`,
      form.votes?.[p.id] ?? null,
    ]),
    [contest.id, form.tps, props.index, 'valid', form.valid],
    [contest.id, form.tps, props.index, 'invalid', form.invalid],
    [contest.id, form.tps, props.index, 'total', form.total],
    [contest.id, form.tps, props.index, 'dpt', form.voters.dpt.total],
    [contest.id, form.tps, props.index, 'users', form.voters.users.total.total],
  ];
  return (
    <ul className="inline-list" aria-label={t('downloads')}>
      <li>
        <CsvButton
          filename={`c-hasil-${contest.id}-${form.tps}.csv`}
          rows={rows}
          label={t('downloadTable', { name: t('formFor') })}
        >
          {t('csv')}
        </CsvButton>
      </li>
      <li>
        <a className="button secondary small" href={`/api/tps/${form.tps}`} download>
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
  );
}
