/** A button that downloads a table as CSV, built from the rows when clicked. */
import type { ReactNode } from 'react';
import { downloadText, toCsv } from './csv.js';
import type { Cell } from './csv.js';

export function CsvButton(props: {
  filename: string;
  rows: () => readonly (readonly Cell[])[];
  label: string;
  children: ReactNode;
}): ReactNode {
  return (
    <button
      type="button"
      className="secondary small"
      aria-label={props.label}
      onClick={() => downloadText(props.filename, toCsv(props.rows()), 'text/csv;charset=utf-8')}
    >
      {props.children}
    </button>
  );
}
