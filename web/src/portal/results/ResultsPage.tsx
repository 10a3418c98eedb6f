/**
 * Results of one contest at one level (/hasil/{contest}[/{region}]): the
 * pairs' votes and shares, the totals, progress, status counts and anomalies,
 * the children as a tile map and a table, breadcrumbs, and downloads. The
 * figures refresh by themselves when the log grows.
 */
import type { ReactNode } from 'react';
import { Breadcrumbs } from '../../app/components/Breadcrumbs.js';
import type { Crumb } from '../../app/components/Breadcrumbs.js';
import { LazyPairChart } from '../../app/components/LazyPairChart.js';
import { ProgressBar } from '../../app/components/ProgressBar.js';
import { useFormat, useLang, useT } from '../../app/i18n.js';
import { useTitle } from '../../app/router.js';
import { LiveNote, LoadError, Loading } from '../LoadState.js';
import { useLiveJson } from '../live.js';
import { apiResultsPath, byBallot, colorOf, regionPath, resultsPath, tpsPath } from '../links.js';
import { PORTAL } from '../messages.js';
import type { ResultsView } from '../types.js';
import { ChildrenTable } from './ChildrenTable.js';
import { PairTable } from './PairTable.js';
import { FiguresPanel } from './FiguresPanel.js';
import { Outcome } from './Outcome.js';
import { RegionGrid } from './RegionGrid.js';
import { ResultDownloads } from './ResultDownloads.js';

export function ResultsPage(props: { contestId: string; region?: string }): ReactNode {
  const live = useLiveJson<ResultsView>(apiResultsPath(props.contestId, props.region));
  const t = useT(PORTAL);
  useTitle(live.data === null ? t('results') : `${live.data.region.name} · ${live.data.contest.name}`);
  if (live.error !== null) return <LoadError error={live.error} retry={live.reload} />;
  if (live.data === null) return <Loading />;
  return <ResultsView view={live.data} updatedAt={live.updatedAt} />;
}

function ResultsView({ view, updatedAt }: { view: ResultsView; updatedAt: Date | null }): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  const { lang } = useLang();
  const { contest, region, totals } = view;
  const childHref = (code: string) =>
    code.length === 13 ? tpsPath(code, contest.id) : resultsPath(contest.id, code);
  const { reported, total } = totals.progress;
  const slices = byBallot(view.pairs).map((p) => ({
    name: `${p.ballotNumber}. ${p.name}`,
    value: totals.votes[p.id] ?? 0,
    color: colorOf(p),
  }));
  return (
    <article className="results" data-testid="results-page" data-region={region.code}>
      <Breadcrumbs items={crumbs(view, t('national'))} label={t('breadcrumbs')} />
      <p className="eyebrow">{contest.name}</p>
      <h1 data-testid="region-name">{region.name}</h1>
      <LiveNote updatedAt={updatedAt} logSize={view.logSize} />
      <ProgressBar
        value={reported}
        max={total}
        label={t('progressLabel')}
        text={t('progress', {
          reported: f.num(reported),
          total: f.num(total),
          pct: f.pct(total > 0 ? reported / total : 0),
        })}
      />
      {(region.code === contest.region || (contest.region === 'national' && region.level === 'national')) &&
        reported > 0 && <Outcome view={view} lang={lang} />}
      <div className="results-top">
        <PairTable pairs={view.pairs} votes={totals.votes} valid={totals.valid} caption={t('chartTitle')} />
        {totals.valid > 0 ? (
          <LazyPairChart slices={slices} title={t('chartTitle')} />
        ) : (
          <p className="chart chart-empty muted" data-testid="chart-empty">
            {t('noVotesYet')}
          </p>
        )}
      </div>
      <FiguresPanel totals={totals} contestId={contest.id} region={region.code} />
      {view.children.length > 0 && (
        <>
          <RegionGrid pairs={view.pairs} children={view.children} href={childHref} />
          <ChildrenTable
            title={region.level === 'village' ? t('tpsList') : t('children')}
            pairs={view.pairs}
            children={view.children}
            href={childHref}
            filename={`hasil-${contest.id}-${region.code}.csv`}
          />
        </>
      )}
      <ResultDownloads view={view} />
    </article>
  );
}

/** Indonesia › the contest's region and below; levels above the contest's region open their region page. */
function crumbs(view: ResultsView, national: string): Crumb[] {
  const inside = (code: string) => view.contest.region === 'national' || code.startsWith(view.contest.region);
  return [
    { label: national, to: '/' },
    ...view.parents.map((p) => ({
      label: p.name,
      to: inside(p.code) ? resultsPath(view.contest.id, p.code) : regionPath(p.code),
    })),
    { label: view.region.name },
  ];
}
