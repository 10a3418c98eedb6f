import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse.js';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    const t = parseCsv('\uFEFFcode,name\r\n11,"Aceh, ""Nanggroe"""\r\n12,"Line\nbreak"\n13,Plain');
    expect(t.header).toEqual(['code', 'name']);
    expect(t.rows.map((r) => r.values['name'])).toEqual(['Aceh, "Nanggroe"', 'Line\nbreak', 'Plain']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 5]);
  });
  it('ignores a trailing newline but keeps empty fields', () => {
    const t = parseCsv('a,b\n1,\n');
    expect(t.rows).toEqual([{ line: 2, values: { a: '1', b: '' } }]);
  });
  it('rejects a wrong column count with the line number', () => {
    expect(() => parseCsv('a,b\n1,2\n3')).toThrowError(
      expect.objectContaining({ code: 'CSV_COLUMN_COUNT', field: 'line 3' }),
    );
  });
  it('rejects an unterminated quote and an empty file', () => {
    expect(() => parseCsv('a\n"x')).toThrowError(expect.objectContaining({ code: 'CSV_UNTERMINATED_QUOTE' }));
    expect(() => parseCsv('')).toThrowError(expect.objectContaining({ code: 'CSV_EMPTY' }));
  });
});
