/**
 * Candidate pairs (/kandidat, /kandidat/{contest}): ballot number, colour,
 * head and deputy, and the profile where the server has one — it says so
 * plainly where it has none. Single-pair contests explain the kolom kosong.
 */
import type { ReactNode } from 'react';
import { CsvButton } from '../../app/components/CsvButton.js';
import { useT } from '../../app/i18n.js';
import { Link, useTitle } from '../../app/router.js';
import { LoadError, Loading } from '../LoadState.js';
import { useLiveJson } from '../live.js';
import { byBallot, candidatesPath, resultsPath, textOn } from '../links.js';
import { PORTAL } from '../messages.js';
import type { ContestDetail, ContestSummary } from '../types.js';

export function CandidatesPage({ contestId }: { contestId: string | null }): ReactNode {
  const t = useT(PORTAL);
  useTitle(t('candidatesTitle'));
  const list = useLiveJson<ContestSummary[]>(contestId === null ? '/api/contests' : null, { live: false });
  return (
    <section>
      <h1>{t('candidatesTitle')}</h1>
      <p>{t('candidatesIntro')}</p>
      {contestId !== null ? (
        <Contest id={contestId} />
      ) : list.error !== null ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : list.data === null ? (
        <Loading />
      ) : (
        list.data.map((c) => <Contest key={c.id} id={c.id} />)
      )}
    </section>
  );
}

function Contest({ id }: { id: string }): ReactNode {
  const t = useT(PORTAL);
  const detail = useLiveJson<ContestDetail>(`/api/contests/${encodeURIComponent(id)}`, { live: false });
  if (detail.error !== null) return <LoadError error={detail.error} retry={detail.reload} />;
  const c = detail.data;
  if (c === null) return <Loading />;
  return (
    <section className="candidates" aria-labelledby={`k-${c.id}`} data-testid={`candidates-${c.id}`}>
      <h2 id={`k-${c.id}`}>
        <Link to={candidatesPath(c.id)}>{c.name}</Link>
      </h2>
      <p>
        <Link to={resultsPath(c.id)}>{t('seeResults')}</Link>
      </p>
      {c.singlePair && <p className="notice">{t('emptyColumnExplained')}</p>}
      <ol className="cards pair-cards">
        {byBallot(c.pairs).map((p) => (
          <li className="card" key={p.id} style={{ borderTopColor: p.color }}>
            <span
              className="ballot big"
              style={{ background: p.color, color: textOn(p.color) }}
              aria-label={`${t('ballotNumber')} ${p.ballotNumber}`}
            >
              {p.ballotNumber}
            </span>
            {p.emptyColumn ? (
              <p>
                <strong>{t('emptyColumn')}</strong>
              </p>
            ) : (
              <dl>
                <dt>{t('head')}</dt>
                <dd>{p.head}</dd>
                <dt>{t('deputy')}</dt>
                <dd>{p.deputy === '' ? t('none') : p.deputy}</dd>
              </dl>
            )}
          </li>
        ))}
      </ol>
      <p className="muted small">{t('profileMissing')}</p>
      <ul className="inline-list" aria-label={t('downloads')}>
        <li>
          <CsvButton
            filename={`paslon-${c.id}.csv`}
            rows={() => [
              ['contest', 'ballot_number', 'pair_id', 'head', 'deputy', 'color', 'empty_column'],
              ...byBallot(c.pairs).map((p) => [
                c.id,
                p.ballotNumber,
                p.id,
                p.head,
                p.deputy,
                p.color,
                p.emptyColumn ? 1 : 0,
              ]),
            ]}
            label={t('downloadTable', { name: c.name })}
          >
            {t('csv')}
          </CsvButton>
        </li>
        <li>
          <a className="button secondary small" href={`/api/contests/${encodeURIComponent(c.id)}`} download>
            {t('json')}
          </a>
        </li>
      </ul>
    </section>
  );
}
