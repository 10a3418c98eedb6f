/**
 * The recap report as files: the rows of core/supervision recapRows,
 * labelled in the asked language, as CSV, XLSX or PDF (services/exports).
 */
import type { Lang } from '../../core/errors/index.js';
import type { Table } from '../../core/records/index.js';
import { recapRows } from '../../core/supervision/index.js';
import type { RecapReport } from '../../core/supervision/index.js';
import { MEDIA_TYPES, tableCsv, tablePdf, tableXlsx } from '../exports/index.js';

export { MEDIA_TYPES };
export const RECAP_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type RecapFormat = (typeof RECAP_FORMATS)[number];

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  id: ['bagian', 'butir', 'uraian', 'jumlah'],
  en: ['section', 'item', 'label', 'count'],
};
const WIDTHS = [24, 26, 44, 12];

export function recapFileName(r: RecapReport, format: Exclude<RecapFormat, 'json'>): string {
  return `rekap-pengawasan-${r.region}-${r.from}-${r.to}.${format}`;
}

export function recapTable(r: RecapReport, lang: Lang): Table {
  return {
    title:
      lang === 'id'
        ? `Rekap pengawasan ${r.region}, ${r.from} s.d. ${r.to}`
        : `Supervision recap ${r.region}, ${r.from} to ${r.to}`,
    header: HEADER[lang],
    rows: recapRows(r).map((row) => [row.section, row.item, row.label[lang], row.value]),
  };
}

export function recapCsv(r: RecapReport, lang: Lang): string {
  return tableCsv(recapTable(r, lang));
}

export function recapXlsx(r: RecapReport, lang: Lang): Promise<Buffer> {
  return tableXlsx(recapTable(r, lang), { widths: WIDTHS, sheet: lang === 'id' ? 'Rekap' : 'Recap' });
}

export function recapPdf(r: RecapReport, lang: Lang): Promise<Uint8Array> {
  return tablePdf(recapTable(r, lang), { widths: WIDTHS });
}
