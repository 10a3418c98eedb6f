/**
 * CSV (RFC 4180) from table rows, for the "download this table" links: the
 * figures already on screen, so the file equals what the reader sees.
 * Cells starting with = + - @ are prefixed with ' so that a spreadsheet does
 * not run them as formulas (CSV injection).
 */
export type Cell = string | number | null;

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Start a download of `text` as `filename` (a blob URL, revoked right after). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
