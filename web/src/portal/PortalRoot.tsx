/**
 * The public portal's routes (no login). Every view is a permalink:
 *
 *   /                              contests by province (national view)
 *   /hasil/{contest}[/{region}]    results at any level
 *   /hasil/{c}/{region}/tps?status the TPS behind a counter (missing, objected, …)
 *   /wilayah/{code}                a region: the contests held there, its children
 *   /tps/{code}[?pemilihan=…]      a TPS's forms, history, attestations, verification
 *   /kandidat[/{contest}]          candidate pairs
 *   /jadwal[/{election}]           timetable of the stages
 *   /unduh                         downloads
 *
 * Pages other than the first views load in their own chunks.
 */
import { lazy } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { match, useLocation } from '../app/router.js';
import { HomePage } from './HomePage.js';
import { PORTAL } from './messages.js';
import { ResultsPage } from './results/ResultsPage.js';

const TpsPage = lazy(async () => ({ default: (await import('./tps/TpsPage.js')).TpsPage }));
const ProblemTpsPage = lazy(async () => ({
  default: (await import('./results/ProblemTpsPage.js')).ProblemTpsPage,
}));
const RegionPage = lazy(async () => ({ default: (await import('./region/RegionPage.js')).RegionPage }));
const CandidatesPage = lazy(async () => ({
  default: (await import('./candidates/CandidatesPage.js')).CandidatesPage,
}));
const TimetablePage = lazy(async () => ({
  default: (await import('./timetable/TimetablePage.js')).TimetablePage,
}));
const DownloadsPage = lazy(async () => ({
  default: (await import('./downloads/DownloadsPage.js')).DownloadsPage,
}));

export function PortalRoot(): ReactNode {
  const { path, query } = useLocation();
  const t = useT(PORTAL);
  if (path === '/') return <HomePage />;
  let m = match('/hasil/:contest/:region/tps', path);
  if (m !== null)
    return (
      <ProblemTpsPage
        key={`${m.contest}/${m.region}/${query.get('status') ?? ''}`}
        contestId={m.contest as string}
        region={m.region as string}
        status={query.get('status') ?? 'missing'}
      />
    );
  m = match('/hasil/:contest/:region?', path);
  if (m !== null) {
    const contest = m.contest as string;
    return (
      <ResultsPage
        key={`${contest}/${m.region ?? ''}`}
        contestId={contest}
        {...(m.region === undefined ? {} : { region: m.region })}
      />
    );
  }
  m = match('/wilayah/:code', path);
  if (m !== null) return <RegionPage key={m.code} code={m.code as string} />;
  m = match('/tps/:code', path);
  if (m !== null) return <TpsPage key={m.code} code={m.code as string} contestId={query.get('pemilihan')} />;
  m = match('/kandidat/:contest?', path);
  if (m !== null) return <CandidatesPage contestId={m.contest ?? null} />;
  m = match('/jadwal/:election?', path);
  if (m !== null) return <TimetablePage electionId={m.election ?? null} at={query.get('pada')} />;
  if (path === '/unduh') return <DownloadsPage />;
  return (
    <p role="alert" className="notice">
      {t('notFound')}
    </p>
  );
}
