/**
 * Supervision (pengawasan), loaded only when visited. Public, without an
 * account: report intake (/lapor), tracking by code (/lapor/lacak/:code) and
 * aggregate statistics (/pengawasan/statistik). For supervisors (PTPS to
 * Bawaslu RI), after sign-in: everything else under /pengawasan.
 */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { match, useLocation } from '../app/router.js';
import { IntakePage } from './IntakePage.js';
import { SUP } from './messages.js';
import { OfficerArea } from './OfficerArea.js';
import { StatsPage } from './StatsPage.js';
import { TrackPage } from './TrackPage.js';

export function SupervisionRoot(): ReactNode {
  const t = useT(SUP);
  const { path } = useLocation();
  if (match('/lapor', path) !== null) return <IntakePage />;
  const track = match('/lapor/lacak/:code?', path);
  if (track !== null) return <TrackPage key={track.code ?? ''} code={track.code ?? null} />;
  if (match('/pengawasan/statistik', path) !== null) return <StatsPage />;
  if (path === '/pengawasan' || path.startsWith('/pengawasan/')) return <OfficerArea />;
  return <p className="notice">{t('notFound')}</p>;
}
