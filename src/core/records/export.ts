/** A list of records as a table for CSV, XLSX and PDF: the kind's export columns, labelled in one language. */
import type { Lang } from '../errors/index.js';
import type { RecordKind } from './kind.js';

export interface Table {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

export function recordTable<R extends object>(kind: RecordKind<R>, records: readonly R[], lang: Lang): Table {
  return {
    title: kind.title[lang],
    header: kind.exports.map((c) => c.label[lang]),
    rows: records.map((r) =>
      kind.exports.map((c) =>
        c.value === undefined ? cell((r as Record<string, unknown>)[c.key]) : c.value(r, lang),
      ),
    ),
  };
}

function cell(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return JSON.stringify(v);
}
