/** The numbers of one C.Hasil form (docs/DOMAIN.md §4) beside its photos' hashes. Unknown numbers show as —. */
import type { ReactNode } from 'react';
import type { CHasilLike, TripleLike } from '../../../../src/core/forms/index.js';
import { useFormat, useT } from '../../app/i18n.js';
import { byBallot } from '../links.js';
import { PORTAL } from '../messages.js';
import type { PortalKey } from '../messages.js';
import type { TpsContest } from '../types.js';

export function FormFigures(props: {
  form: CHasilLike;
  pairs: TpsContest['contest']['pairs'];
  testId: string;
}): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  const n = (v: number | null) => (v === null ? t('none') : f.num(v));
  const { form } = props;
  const triples: ReadonlyArray<[PortalKey, TripleLike]> = [
    ['dpt', form.voters.dpt],
    ['classDpt', form.voters.users.dpt],
    ['classDptb', form.voters.users.dptb],
    ['classDpk', form.voters.users.dpk],
    ['users', form.voters.users.total],
  ];
  return (
    <div className="form-figures" data-testid={props.testId}>
      <div className="table-wrap">
        <table>
          <caption>{t('votes')}</caption>
          <tbody>
            {byBallot(props.pairs).map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.ballotNumber}. {p.emptyColumn ? t('emptyColumn') : p.name}
                </th>
                <td className="num" data-testid={`form-votes-${p.id}`}>
                  {n(form.votes === null ? null : (form.votes[p.id] ?? null))}
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('valid')}</th>
              <td className="num" data-testid="form-valid">
                {n(form.valid)}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('invalid')}</th>
              <td className="num" data-testid="form-invalid">
                {n(form.invalid)}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('total')}</th>
              <td className="num">{n(form.total)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table>
          <caption>{t('voters')}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col" className="num">
                {t('male')}
              </th>
              <th scope="col" className="num">
                {t('female')}
              </th>
              <th scope="col" className="num">
                {t('sum')}
              </th>
            </tr>
          </thead>
          <tbody>
            {triples.map(([key, tr]) => (
              <tr key={key}>
                <th scope="row">{t(key)}</th>
                <td className="num">{n(tr.male)}</td>
                <td className="num">{n(tr.female)}</td>
                <td className="num">{n(tr.total)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                {t('disability')}: {t('registered')} / {t('voted')}
              </th>
              <td className="num">{`${n(form.disability.registered.male)} / ${n(form.disability.voted.male)}`}</td>
              <td className="num">{`${n(form.disability.registered.female)} / ${n(form.disability.voted.female)}`}</td>
              <td className="num">{`${n(form.disability.registered.total)} / ${n(form.disability.voted.total)}`}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <dl className="stats">
        <div>
          <dt>
            {t('ballots')}: {t('received')}
          </dt>
          <dd>{n(form.ballots.received)}</dd>
        </div>
        <div>
          <dt>{t('used')}</dt>
          <dd>{n(form.ballots.used)}</dd>
        </div>
        <div>
          <dt>{t('unused')}</dt>
          <dd>{n(form.ballots.unused)}</dd>
        </div>
        <div>
          <dt>{t('damaged')}</dt>
          <dd>{n(form.ballots.damaged)}</dd>
        </div>
      </dl>
      <h4>{t('images')}</h4>
      {form.images.length === 0 ? (
        <p className="muted">{t('noImages')}</p>
      ) : (
        <>
          <ul className="hashes">
            {form.images.map((h) => (
              <li key={h}>
                <code>{h}</code>
              </li>
            ))}
          </ul>
          <p className="muted small">{t('imageNotStored')}</p>
        </>
      )}
    </div>
  );
}
