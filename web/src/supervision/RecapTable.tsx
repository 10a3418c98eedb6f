/**
 * The recap report in Bawaslu's categories as tables: the headline figures
 * (prevention, supervision, APK, PSAP, findings, reports registered and not
 * registered) and each breakdown, laid out by the same rows as the CSV, XLSX
 * and PDF exports (recapRows in src/core/supervision/recap.ts).
 */
import type { ReactNode } from 'react';
import { useT } from '../app/i18n.js';
import { recapRows } from '../../../src/core/supervision/index.js';
import { SUP } from './messages.js';
import type { SupKey } from './messages.js';
import type { RecapReport, RecapRow } from './types.js';
import { useVocabulary } from './vocabulary.js';

export function RecapTable({ report }: { report: RecapReport }): ReactNode {
  const t = useT(SUP);
  const v = useVocabulary();
  const sections = new Map<string, RecapRow[]>();
  for (const row of recapRows(report)) sections.set(row.section, [...(sections.get(row.section) ?? []), row]);
  const label = (row: RecapRow) =>
    row.section === 'violations.state'
      ? v.state(row.item)
      : row.section === 'violations.outcome'
        ? v.outcome(row.item)
        : row.label[v.lang];
  const title = (section: string) => {
    const key = `sec_${section}`;
    return Object.hasOwn(SUP.id, key) ? t(key as SupKey) : section;
  };
  return (
    <div className="sup-recap" data-testid="recap-table">
      <p className="muted">
        {t('recapPeriod', {
          region: report.region === 'national' ? t('national') : report.region,
          from: v.day(report.from),
          to: v.day(report.to),
        })}
      </p>
      {[...sections].map(([section, rows]) => (
        <div className="table-wrap" key={section}>
          <table data-section={section}>
            <caption>{title(section)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('item')}</th>
                <th scope="col" className="num">
                  {t('count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.item} data-item={row.item}>
                  <th scope="row">{label(row)}</th>
                  <td className="num">{row.value.toLocaleString(v.lang === 'id' ? 'id-ID' : 'en-GB')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
