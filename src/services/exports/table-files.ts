/**
 * A table (core/records/export.ts) as a file: CSV (RFC 4180, UTF-8 with BOM
 * for spreadsheet programs, formula characters neutralised), XLSX (exceljs)
 * and PDF (pdf-lib, one table over as many A4 pages as it needs). Every
 * export of records and recaps goes through here.
 */
import ExcelJS from 'exceljs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Table } from '../../core/records/index.js';

export const FILE_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const MEDIA_TYPES: Readonly<Record<FileFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface FileOptions {
  /** Column widths in characters (XLSX) and relative widths (PDF); default: even. */
  readonly widths?: readonly number[];
  /** Worksheet name (XLSX). */
  readonly sheet?: string;
}

export async function tableFile(t: Table, format: FileFormat, o: FileOptions = {}): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return Buffer.from(tableCsv(t), 'utf8');
    case 'xlsx':
      return tableXlsx(t, o);
    case 'pdf':
      return Buffer.from(await tablePdf(t, o));
  }
}

export function tableCsv(t: Table): string {
  const lines = [t.header.map(csvCell).join(',')];
  for (const row of t.rows) lines.push(row.map((v) => csvCell(v === null ? '' : String(v))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function tableXlsx(t: Table, o: FileOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Saksi';
  const ws = wb.addWorksheet((o.sheet ?? t.title).replace(/[*?:\\/[\]]/g, ' ').slice(0, 31));
  ws.addRow([t.title]);
  ws.addRow([...t.header]).font = { bold: true };
  for (const row of t.rows) ws.addRow([...row]);
  ws.columns.forEach((c, i) => (c.width = o.widths?.[i] ?? 18));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function tablePdf(t: Table, o: FileOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(t.title);
  doc.setProducer('Saksi');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const widths = t.header.map((_, i) => o.widths?.[i] ?? 1);
  const total = widths.reduce((a, w) => a + w, 0);
  const xs = widths.map((_, i) => 40 + (515 * widths.slice(0, i).reduce((a, w) => a + w, 0)) / total);
  const chars = widths.map((w) => Math.max(4, Math.floor(((515 * w) / total - 6) / 4.6)));
  let page = doc.addPage([595, 842]);
  let y = 800;
  text(page, bold, 13, 40, y, t.title, 90);
  y -= 24;
  const line = (cells: ReadonlyArray<string | number | null>, f: PDFFont) => {
    if (y < 50) {
      page = doc.addPage([595, 842]);
      y = 800;
    }
    cells.forEach((v, i) =>
      text(
        page,
        f,
        8,
        xs[i] ?? 40,
        y,
        typeof v === 'number' ? v.toLocaleString('id-ID') : (v ?? ''),
        chars[i] ?? 10,
      ),
    );
    y -= 13;
  };
  line(t.header, bold);
  for (const row of t.rows) line(row, font);
  return doc.save();
}

/** Standard PDF fonts encode WinAnsi only: replace anything else. */
function text(
  page: PDFPage,
  font: PDFFont,
  size: number,
  x: number,
  y: number,
  s: string,
  max: number,
): void {
  page.drawText(s.replace(/[^\x20-\x7e]/g, '?').slice(0, max), { x, y, size, font });
}

/** Quote a cell when needed; neutralise leading formula characters (CSV injection). */
export function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
