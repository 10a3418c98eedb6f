/**
 * TPS registry import from CSV. Columns (header names, any order):
 *
 * | column     | required | meaning                                                     |
 * |------------|----------|-------------------------------------------------------------|
 * | tps        | either   | 13-digit TPS code, dotted or not (35.79.01.1001.001)         |
 * | village    | or both  | desa/kelurahan code (either spelling) …                      |
 * | number     |          | … and TPS number 1–999                                       |
 * | address    | no       | street address or place (≤ 300 characters)                   |
 * | dpt_male   | yes      | registered voters (DPT), men                                 |
 * | dpt_female | yes      | registered voters (DPT), women                               |
 * | dpt_total  | no       | if present it must equal dpt_male + dpt_female               |
 *
 * Every bad line is reported (line number, column, code); nothing is imported
 * from a file with problems, so a fixed file can simply be imported again.
 */
import { SaksiError, msg, problem } from '../errors/index.js';
import type { Problem } from '../errors/index.js';
import { parseCsv } from '../csv/index.js';
import { levelOf, parseRegionCode, tpsCode } from '../regions/index.js';
import type { RegionCode } from '../regions/index.js';
import type { Tps } from './tps.js';

const MAX_ROWS = 1_000_000;
const MAX_DPT_PER_TPS = 5_000;

export function parseTpsCsv(text: string): Tps[] {
  const table = parseCsv(text);
  const has = (c: string) => table.header.includes(c);
  if (!has('tps') && !(has('village') && has('number'))) {
    throw csvError([
      problem(
        'TPS_CSV_COLUMNS',
        ['header'],
        msg(
          'Kolom "tps", atau "village" dan "number", wajib ada.',
          'The header needs a "tps" column, or "village" and "number".',
        ),
      ),
    ]);
  }
  if (table.rows.length > MAX_ROWS) {
    throw csvError([problem('TPS_CSV_TOO_LARGE', ['file'], msg('Terlalu banyak baris.', 'Too many rows.'))]);
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const out: Tps[] = [];
  for (const { line, values } of table.rows) {
    const before = problems.length;
    const code = tpsOf(values, line, problems);
    const male = count(values, 'dpt_male', line, problems);
    const female = count(values, 'dpt_female', line, problems);
    const total =
      values['dpt_total'] === undefined || values['dpt_total'] === ''
        ? male + female
        : count(values, 'dpt_total', line, problems);
    if (problems.length === before && total !== male + female) {
      problems.push(
        lineProblem(
          'TPS_CSV_DPT_SUM',
          line,
          'dpt_total',
          'dpt_total ≠ dpt_male + dpt_female',
          'dpt_total ≠ dpt_male + dpt_female',
        ),
      );
    }
    const address = (values['address'] ?? '').trim();
    if (address.length > 300)
      problems.push(
        lineProblem(
          'TPS_CSV_ADDRESS_TOO_LONG',
          line,
          'address',
          'alamat terlalu panjang',
          'address too long',
        ),
      );
    if (code !== null && seen.has(code)) {
      problems.push(
        lineProblem('TPS_CSV_DUPLICATE', line, 'tps', `TPS ${code} ganda`, `TPS ${code} appears twice`),
      );
    }
    if (problems.length > before || code === null) continue;
    seen.add(code);
    out.push({
      code,
      village: code.slice(0, 10) as RegionCode,
      number: Number(code.slice(10)),
      address,
      dpt: { male, female, total },
    });
  }
  if (problems.length > 0) throw csvError(problems);
  return out;
}

function tpsOf(
  values: Readonly<Record<string, string>>,
  line: number,
  problems: Problem[],
): RegionCode | null {
  try {
    if (values['tps'] !== undefined && values['tps'] !== '') {
      const code = parseRegionCode(values['tps'], 'tps');
      if (levelOf(code) !== 'tps') throw new Error('not a TPS');
      return code;
    }
    const village = parseRegionCode(values['village'] ?? '', 'village');
    return tpsCode(village, Number(values['number']));
  } catch {
    problems.push(
      lineProblem('TPS_CSV_CODE_INVALID', line, 'tps', 'kode TPS tidak sah', 'TPS code is not valid'),
    );
    return null;
  }
}

function count(
  values: Readonly<Record<string, string>>,
  column: string,
  line: number,
  problems: Problem[],
): number {
  const raw = (values[column] ?? '').trim();
  const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(n) || n > MAX_DPT_PER_TPS) {
    problems.push(
      lineProblem(
        'TPS_CSV_COUNT_INVALID',
        line,
        column,
        `${column} harus bilangan 0–${MAX_DPT_PER_TPS}`,
        `${column} must be a whole number 0–${MAX_DPT_PER_TPS}`,
      ),
    );
    return 0;
  }
  return n;
}

function lineProblem(code: string, line: number, column: string, id: string, en: string): Problem {
  return problem(code, [`line ${line}: ${column}`], msg(`Baris ${line}: ${id}.`, `Line ${line}: ${en}.`));
}

function csvError(problems: Problem[]): SaksiError {
  return new SaksiError(
    'TPS_CSV_INVALID',
    msg(
      `Berkas TPS tidak diimpor: ${problems.length} masalah.`,
      `The TPS file was not imported: ${problems.length} problems.`,
    ),
    { field: problems[0]?.fields[0] ?? 'file', problems },
  );
}
