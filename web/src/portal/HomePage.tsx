/**
 * The national view (/): every election event with its contests, grouped by
 * province, each linking to its results and its candidate pairs.
 */
import type { ReactNode } from 'react';
import { useFormat, useT } from '../app/i18n.js';
import { Link, useTitle } from '../app/router.js';
import { LoadError, Loading } from './LoadState.js';
import { useLiveJson } from './live.js';
import { candidatesPath, resultsPath } from './links.js';
import { PORTAL } from './messages.js';
import type { ContestSummary, Election, RegionRef } from './types.js';

export function HomePage(): ReactNode {
  const t = useT(PORTAL);
  useTitle(t('homeTitle'));
  const elections = useLiveJson<Election[]>('/api/elections', { live: false });
  const contests = useLiveJson<ContestSummary[]>('/api/contests', { live: false });
  const provinces = useLiveJson<RegionRef[]>('/api/regions', { live: false });
  const failed = elections.error ?? contests.error ?? provinces.error;
  const retry = () => [elections, contests, provinces].forEach((l) => l.reload());
  return (
    <section>
      <h1>{t('homeTitle')}</h1>
      <p>{t('homeIntro')}</p>
      {failed !== null ? (
        <LoadError error={failed} retry={retry} />
      ) : elections.data === null || contests.data === null || provinces.data === null ? (
        <Loading />
      ) : (
        <Elections elections={elections.data} contests={contests.data} provinces={provinces.data} />
      )}
    </section>
  );
}

function Elections(props: {
  elections: readonly Election[];
  contests: readonly ContestSummary[];
  provinces: readonly RegionRef[];
}): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  if (props.contests.length === 0) return <p className="notice">{t('noContests')}</p>;
  const name = new Map(props.provinces.map((p) => [p.code, p.name]));
  return (
    <>
      {props.elections.map((e) => {
        const mine = props.contests.filter((c) => c.electionId === e.id);
        const groups = [...new Set(mine.map((c) => c.region.slice(0, 2)))].sort();
        return (
          <section key={e.id} aria-labelledby={`e-${e.id}`}>
            <h2 id={`e-${e.id}`}>
              {e.name} <small className="muted">· {f.date(e.votingDay)}</small>
            </h2>
            <p>
              <Link to={`/jadwal/${e.id}`}>{t('timetableLink')}</Link>
            </p>
            <div className="cards">
              {groups.map((code) => (
                <div className="card" key={code}>
                  <h3>{t('contestsIn', { region: name.get(code) ?? code })}</h3>
                  <ul className="contest-list">
                    {mine
                      .filter((c) => c.region.startsWith(code))
                      .map((c) => (
                        <li key={c.id}>
                          <Link to={resultsPath(c.id)} data-testid={`contest-${c.id}`}>
                            {c.name}
                          </Link>{' '}
                          · <Link to={candidatesPath(c.id)}>{t('seeCandidates')}</Link>
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
