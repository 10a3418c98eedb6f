/**
 * The recap report as files: CSV (RFC 4180, UTF-8 with BOM for spreadsheet
 * programs), XLSX (exceljs) and PDF (pdf-lib, one table). All three lay out
 * the same rows (core/supervision recapRows), labelled in the asked language.
 */
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Lang } from '../../core/errors/index.js';
import { recapRows } from '../../core/supervision/index.js';
import type { RecapReport } from '../../core/supervision/index.js';

export const RECAP_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type RecapFormat = (typeof RECAP_FORMATS)[number];

export const MEDIA_TYPES: Readonly<Record<Exclude<RecapFormat, 'json'>, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  id: ['bagian', 'butir', 'uraian', 'jumlah'],
  en: ['section', 'item', 'label', 'count'],
};

export function recapFileName(r: RecapReport, format: Exclude<RecapFormat, 'json'>): string {
  return `rekap-pengawasan-${r.region}-${r.from}-${r.to}.${format}`;
}

export function recapCsv(r: RecapReport, lang: Lang): string {
  const lines = [HEADER[lang].join(',')];
  for (const row of recapRows(r))
    lines.push([row.section, row.item, row.label[lang], String(row.value)].map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function recapXlsx(r: RecapReport, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Saksi';
  const ws = wb.addWorksheet(lang === 'id' ? 'Rekap' : 'Recap');
  ws.addRow([title(r, lang)]);
  ws.addRow([...HEADER[lang]]).font = { bold: true };
  for (const row of recapRows(r)) ws.addRow([row.section, row.item, row.label[lang], row.value]);
  ws.columns.forEach((c, i) => (c.width = [24, 26, 44, 12][i] ?? 12));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function recapPdf(r: RecapReport, lang: Lang): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title(r, lang));
  doc.setProducer('Saksi');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([595, 842]);
  let y = 800;
  text(page, bold, 13, 40, y, title(r, lang));
  y -= 28;
  for (const row of recapRows(r)) {
    if (y < 50) {
      page = doc.addPage([595, 842]);
      y = 800;
    }
    const f = row.section === 'summary' ? bold : font;
    text(page, f, 9, 40, y, row.section);
    text(page, f, 9, 160, y, row.label[lang]);
    text(page, f, 9, 500, y, row.value.toLocaleString('id-ID'));
    y -= 14;
  }
  return doc.save();
}

function title(r: RecapReport, lang: Lang): string {
  return lang === 'id'
    ? `Rekap pengawasan ${r.region}, ${r.from} s.d. ${r.to}`
    : `Supervision recap ${r.region}, ${r.from} to ${r.to}`;
}

/** Standard PDF fonts encode WinAnsi only: replace anything else. */
function text(page: PDFPage, font: PDFFont, size: number, x: number, y: number, s: string): void {
  page.drawText(s.replace(/[^\x20-\x7e]/g, '?').slice(0, 90), { x, y, size, font });
}

/** Quote a cell when needed; neutralise leading formula characters (CSV injection). */
function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
