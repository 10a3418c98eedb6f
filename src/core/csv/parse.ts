/**
 * RFC 4180 CSV, parsed strictly: quoted fields may hold commas, quotes ("")
 * and line breaks; CRLF and LF both end a record. Input is untrusted (imports):
 * an unterminated quote is an error with its line number, never a guess.
 */
import { SaksiError, msg } from '../errors/index.js';

export interface CsvTable {
  readonly header: readonly string[];
  /** Records as objects keyed by header, with the 1-based line each started on. */
  readonly rows: ReadonlyArray<{ readonly line: number; readonly values: Readonly<Record<string, string>> }>;
}

export function parseCsv(text: string): CsvTable {
  const records = splitRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const first = records[0];
  if (first === undefined) {
    throw new SaksiError('CSV_EMPTY', msg('Berkas CSV kosong.', 'The CSV file is empty.'), { field: 'file' });
  }
  const header = first.fields.map((h) => h.trim());
  const rows = records.slice(1).map((r) => {
    if (r.fields.length !== header.length) {
      throw new SaksiError(
        'CSV_COLUMN_COUNT',
        msg(
          `Baris ${r.line}: ada ${r.fields.length} kolom, seharusnya ${header.length}.`,
          `Line ${r.line}: ${r.fields.length} columns where the header has ${header.length}.`,
        ),
        { field: `line ${r.line}` },
      );
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = r.fields[i] ?? ''));
    return { line: r.line, values };
  });
  return { header, rows };
}

interface RawRecord {
  line: number;
  fields: string[];
}

function splitRecords(text: string): RawRecord[] {
  const out: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let touched = false;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !touched)) out.push({ line: recordLine, fields });
    fields = [];
    field = '';
    touched = false;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      touched = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      touched = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
      touched = true;
    }
    i++;
  }
  if (quoted) {
    throw new SaksiError(
      'CSV_UNTERMINATED_QUOTE',
      msg(
        `Baris ${recordLine}: tanda kutip tidak ditutup.`,
        `Line ${recordLine}: a quoted field is not closed.`,
      ),
      { field: `line ${recordLine}` },
    );
  }
  if (field !== '' || fields.length > 0 || touched) endRecord();
  return out;
}
