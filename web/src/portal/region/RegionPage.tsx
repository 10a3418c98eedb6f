/**
 * A region's own page (/wilayah/{code}): where it sits, every contest held
 * there — the ones whose region covers it (results at this region) and the
 * ones inside it (results in their own region) — and its child regions.
 * Breadcrumbs above a contest's region lead here, so a trail never opens a
 * contest outside its region.
 */
import type { ReactNode } from 'react';
import { Breadcrumbs } from '../../app/components/Breadcrumbs.js';
import { useFormat, useT } from '../../app/i18n.js';
import { Link, useTitle } from '../../app/router.js';
import { LoadError, Loading } from '../LoadState.js';
import { useLiveJson } from '../live.js';
import { candidatesPath, regionPath, resultsPath } from '../links.js';
import { PORTAL } from '../messages.js';
import type { ContestSummary, RegionDetail } from '../types.js';

export function RegionPage(props: { code: string }): ReactNode {
  const t = useT(PORTAL);
  const f = useFormat();
  const detail = useLiveJson<RegionDetail>(`/api/regions/${encodeURIComponent(props.code)}`, { live: false });
  const contests = useLiveJson<ContestSummary[]>(`/api/contests?region=${encodeURIComponent(props.code)}`, {
    live: false,
  });
  useTitle(detail.data?.region.name ?? t('region'));
  const failed = detail.error ?? contests.error;
  if (failed !== null)
    return <LoadError error={failed} retry={() => [detail, contests].forEach((l) => l.reload())} />;
  if (detail.data === null || contests.data === null) return <Loading />;
  const { region, parents, children, registry } = detail.data;
  const code = region.code;
  const covering = contests.data.filter((c) => c.region === 'national' || code.startsWith(c.region));
  const inside = contests.data.filter((c) => !covering.includes(c));
  return (
    <article data-testid="region-page" data-code={code}>
      <Breadcrumbs
        label={t('breadcrumbs')}
        items={[
          { label: t('national'), to: '/' },
          ...parents.map((p) => ({ label: p.name, to: regionPath(p.code) })),
          { label: region.name },
        ]}
      />
      <h1>{region.name}</h1>
      <p className="muted">
        {t('regionRegistry', { tps: f.num(registry.tps), dpt: f.num(registry.dpt.total) })}
      </p>
      <section aria-labelledby="contests-here">
        <h2 id="contests-here">{t('contestsHere')}</h2>
        {contests.data.length === 0 ? (
          <p className="notice">{t('noContestsHere')}</p>
        ) : (
          <ul className="contest-list" data-testid="region-contests">
            {covering.map((c) => (
              <li key={c.id} data-contest={c.id}>
                <Link to={resultsPath(c.id, code)}>{c.name}</Link>{' '}
                <small>
                  <Link to={candidatesPath(c.id)}>{t('seeCandidates')}</Link>
                </small>
              </li>
            ))}
            {inside.map((c) => (
              <li key={c.id} data-contest={c.id}>
                <Link to={resultsPath(c.id)}>{c.name}</Link>{' '}
                <small>
                  <Link to={candidatesPath(c.id)}>{t('seeCandidates')}</Link>
                </small>
              </li>
            ))}
          </ul>
        )}
      </section>
      {children.length > 0 && (
        <section aria-labelledby="children-here">
          <h2 id="children-here">{t('children')}</h2>
          <ul className="region-list">
            {children.map((c) => (
              <li key={c.code}>
                <Link to={regionPath(c.code)}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
