/**
 * /pengawasan/statistik: public aggregate statistics of supervision for a
 * region and period (GET /api/public/supervision/stats) — counts only; no
 * reporter, description or evidence ever appears here.
 */
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { Link, navigate, useLocation, useTitle } from '../app/router.js';
import { SUP } from './messages.js';
import { periodOf, periodQuery } from './period.js';
import { RecapTable } from './RecapTable.js';
import { RegionPicker } from './RegionPicker.js';
import type { RecapReport } from './types.js';
import { useLoad } from './use-api.js';

export function StatsPage(): ReactNode {
  const t = useT(SUP);
  useTitle(t('statsTitle'));
  const location = useLocation();
  const period = periodOf(location, '');
  const [draft, setDraft] = useState(period);
  const stats = useLoad<RecapReport>(`/api/public/supervision/stats${periodQuery(period)}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/pengawasan/statistik${periodQuery(draft)}`);
  };
  return (
    <section className="sup-page">
      <h1>{t('statsTitle')}</h1>
      <p>{t('statsLead')}</p>
      <p>
        <Link to="/lapor">{t('navReport')}</Link> · <Link to="/lapor/lacak">{t('navTrack')}</Link>
      </p>
      <form className="sup-form" onSubmit={submit}>
        <RegionPicker optional onChange={(region) => setDraft((d) => ({ ...d, region }))} error={null} />
        <div className="sup-row">
          <div className="sup-field">
            <label htmlFor="stats-from">{t('from')}</label>
            <input
              id="stats-from"
              type="date"
              value={draft.from}
              onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
            />
          </div>
          <div className="sup-field">
            <label htmlFor="stats-to">{t('to')}</label>
            <input
              id="stats-to"
              type="date"
              value={draft.to}
              onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
            />
          </div>
        </div>
        <p>
          <button type="submit">{t('show')}</button>
        </p>
      </form>
      {stats.error !== null && (
        <p className="alert" role="alert">
          {stats.error.message}
        </p>
      )}
      {stats.data !== null && <RecapTable report={stats.data} />}
    </section>
  );
}
