import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv (RFC 4180)', () => {
  it('joins cells with commas and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 1, null],
        ['b', 2.5, ''],
      ]),
    ).toBe('a,1,\r\nb,2.5,\r\n');
  });

  it('quotes cells with a comma, a quote or a line break, doubling quotes', () => {
    expect(toCsv([['x,y', 'say "hi"', 'two\nlines']])).toBe('"x,y","say ""hi""","two\nlines"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=1+1', '+62', '-5', '@SUM(A1)', 'ok']])).toBe("'=1+1,'+62,'-5,'@SUM(A1),ok\r\n");
    // the prefix comes before quoting
    expect(toCsv([['=a,b']])).toBe(`"'=a,b"\r\n`);
    // numbers are numbers, never prefixed
    expect(toCsv([[-5]])).toBe('-5\r\n');
  });
});
