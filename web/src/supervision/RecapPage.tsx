/**
 * /pengawasan/rekap: the recap report for a region and period in Bawaslu's
 * categories (GET /api/supervision/recap), shown as tables, with the same
 * report to download as CSV, XLSX and PDF.
 */
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useLang, useT } from '../app/i18n.js';
import { navigate, useLocation } from '../app/router.js';
import type { ConsoleAccount } from '../session/session.js';
import { Fields, FormError } from './form-kit.js';
import type { FieldSpec, Values } from './form-kit.js';
import { SUP } from './messages.js';
import { periodOf, periodQuery } from './period.js';
import type { Period } from './period.js';
import { RecapTable } from './RecapTable.js';
import type { RecapReport } from './types.js';
import { useLoad } from './use-api.js';

const FORMATS = ['csv', 'xlsx', 'pdf'] as const;

export function RecapPage({ account }: { account: ConsoleAccount }): ReactNode {
  const t = useT(SUP);
  const { lang } = useLang();
  const period = periodOf(useLocation(), account.scope);
  const [draft, setDraft] = useState<Values>({ ...period });
  const recap = useLoad<RecapReport>(`/api/supervision/recap${periodQuery(period)}`);
  const specs: FieldSpec[] = [
    { name: 'region', label: t('regionCode'), hint: t('regionCodeHelp') },
    { name: 'from', label: t('from'), kind: 'date', required: true },
    { name: 'to', label: t('to'), kind: 'date', required: true },
  ];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Period = {
      region: String(draft.region ?? ''),
      from: String(draft.from),
      to: String(draft.to),
    };
    navigate(`/pengawasan/rekap${periodQuery(next)}`);
  };
  return (
    <>
      <h2>{t('recapTitle')}</h2>
      <form className="sup-form" onSubmit={submit}>
        <div className="sup-row">
          <Fields
            prefix="recap"
            specs={specs}
            values={draft}
            onChange={(name, value) => setDraft((old) => ({ ...old, [name]: value }))}
            error={recap.error}
          />
        </div>
        <p>
          <button type="submit">{t('show')}</button>
        </p>
      </form>
      <FormError error={recap.error} fields={specs.map((s) => s.name)} />
      {recap.data !== null && (
        <>
          <p className="sup-downloads" data-testid="recap-downloads">
            {t('download')}:{' '}
            {FORMATS.map((f) => (
              <a
                key={f}
                className="button secondary small"
                href={`/api/supervision/recap${periodQuery(period, { format: f, lang })}`}
                download
              >
                {f.toUpperCase()}
              </a>
            ))}
          </p>
          <RecapTable report={recap.data} />
        </>
      )}
    </>
  );
}
