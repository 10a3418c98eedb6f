/**
 * One TPS (/tps/{code}): for each contest held there, the effective form's
 * numbers beside its photo hashes, its verification against the log, the
 * full correction history, attestations and objections, special incidents.
 */
import type { ReactNode } from 'react';
import { Breadcrumbs } from '../../app/components/Breadcrumbs.js';
import { useFormat, useT } from '../../app/i18n.js';
import { useTitle } from '../../app/router.js';
import { LiveNote, LoadError, Loading } from '../LoadState.js';
import { useLiveJson } from '../live.js';
import { regionPath, resultsPath } from '../links.js';
import { PORTAL } from '../messages.js';
import type { TpsView } from '../types.js';
import { ContestRecord } from './ContestRecord.js';

export function TpsPage(props: { code: string; contestId: string | null }): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  const live = useLiveJson<TpsView>(`/api/tps/${encodeURIComponent(props.code)}`);
  const view = live.data;
  const village = view?.parents.at(-1)?.name ?? '';
  useTitle(view === null ? 'TPS' : t('tpsTitle', { tps: view.tps.name, village }));
  if (live.error?.status === 404)
    return (
      <p className="notice" role="alert" data-testid="tps-not-found">
        {live.error.message}
      </p>
    );
  if (live.error !== null) return <LoadError error={live.error} retry={live.reload} />;
  if (view === null) return <Loading />;
  // Parents link to the results of the contest the reader came from, else of the first one held here.
  const contests = [...view.contests].sort((a, b) =>
    a.contest.id === props.contestId ? -1 : b.contest.id === props.contestId ? 1 : 0,
  );
  const via = contests[0]?.contest;
  const within = (code: string) =>
    via !== undefined && (via.region === 'national' || code.startsWith(via.region));
  const crumbs = [
    { label: t('national'), to: '/' },
    // Above the contest's region a crumb opens the region page, never the contest outside its region.
    ...view.parents.map((p) => ({
      label: p.name,
      to: via !== undefined && within(p.code) ? resultsPath(via.id, p.code) : regionPath(p.code),
    })),
    { label: view.tps.name },
  ];
  return (
    <article data-testid="tps-page" data-code={view.tps.code}>
      <Breadcrumbs items={crumbs} label={t('breadcrumbs')} />
      <h1>{t('tpsTitle', { tps: view.tps.name, village })}</h1>
      {!view.tps.inRegistry && (
        <p className="notice" data-testid="tps-unregistered">
          {t('tpsNotInRegistry')}
        </p>
      )}
      <dl className="stats">
        {view.tps.address !== null && (
          <div>
            <dt>{t('address')}</dt>
            <dd>{view.tps.address}</dd>
          </div>
        )}
        {view.tps.dpt !== null && (
          <div>
            <dt>{t('dpt')}</dt>
            <dd>{f.num(view.tps.dpt.total)}</dd>
          </div>
        )}
      </dl>
      <LiveNote updatedAt={live.updatedAt} />
      {contests.map((c) => (
        <ContestRecord key={c.contest.id} record={c} />
      ))}
    </article>
  );
}
