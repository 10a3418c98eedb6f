/**
 * KPU Sirekap's candidate-pair files, in their two shapes:
 *
 * - Pilkada (`paslon/pkwkp.json`, `paslon/pkwkk.json`), by region:
 *   `{ "<region code>": { "<pair id>": { nama, warna, nomor_urut, ts } } }`;
 * - Pemilu's presidential contest (`pemilu/ppwp.json`), flat:
 *   `{ "<pair id>": { nama, warna, nomor_urut, ts } }`, one national contest.
 *
 * The shape is read from the data, never from the file's name; an object
 * mixing both is refused. An entry named "KOLOM KOSONG - " is the empty
 * column of a single-pair contest. The file is untrusted input: every
 * problem is listed with its JSON path.
 */
import { SaksiError, msg, problem } from '../errors/index.js';
import type { Problem } from '../errors/index.js';
import { levelOf, parseRegionCode } from '../regions/index.js';
import type { RegionCode } from '../regions/index.js';

export interface SirekapPair {
  readonly id: string;
  readonly ballotNumber: number;
  readonly name: string;
  readonly head: string;
  readonly deputy: string;
  readonly color: string;
  readonly emptyColumn: boolean;
}

export interface SirekapPaslonContest {
  /** A province or kab/kota, or `national` for the presidential contest. */
  readonly region: RegionCode | 'national';
  readonly pairs: readonly SirekapPair[];
}

const MAX_REGIONS = 1000;
const MAX_PAIRS = 20;
const EMPTY_COLUMN = /^\s*KOLOM\s+KOSONG\b/i;
const COLOR = /^#[0-9a-fA-F]{6}$/;

export function parseSirekapPaslon(input: unknown): SirekapPaslonContest[] {
  const problems: Problem[] = [];
  if (!isObject(input)) throw shapeError([problem('PASLON_NOT_OBJECT', ['$'], notObject('$'))]);
  const entries = Object.entries(input);
  if (entries.length > MAX_REGIONS) throw shapeError([problem('PASLON_TOO_LARGE', ['$'], tooMany('$'))]);
  const flat = entries.filter(([, v]) => isPairLike(v)).length;
  if (flat > 0 && flat < entries.length)
    throw shapeError([
      problem(
        'PASLON_SHAPE_AMBIGUOUS',
        ['$'],
        msg(
          `Berkas mencampur ${flat} pasangan langsung dengan ${entries.length - flat} wilayah: pilih satu bentuk.`,
          `The file mixes ${flat} pairs at the top with ${entries.length - flat} regions: use one shape.`,
        ),
      ),
    ]);
  if (flat > 0) return [nationalContest(entries, problems)];
  const contests: SirekapPaslonContest[] = [];
  for (const [regionKey, pairsValue] of entries) {
    const region = regionOf(regionKey, problems);
    if (region === null) continue;
    if (!isObject(pairsValue) || Object.keys(pairsValue).length > MAX_PAIRS) {
      problems.push(problem('PASLON_NOT_OBJECT', [regionKey], notObject(regionKey)));
      continue;
    }
    const pairs = Object.entries(pairsValue)
      .map(([id, v]) => pairOf(`${regionKey}.${id}`, id, v, problems))
      .filter((p): p is SirekapPair => p !== null)
      .sort((a, b) => a.ballotNumber - b.ballotNumber);
    uniqueBallotNumbers(pairs, `${regionKey}.`, problems);
    contests.push({ region, pairs });
  }
  if (problems.length > 0) throw shapeError(problems);
  return contests;
}

/** The presidential file: pairs at the top, one national contest. */
function nationalContest(entries: [string, unknown][], problems: Problem[]): SirekapPaslonContest {
  if (entries.length > MAX_PAIRS) throw shapeError([problem('PASLON_TOO_LARGE', ['$'], tooMany('$'))]);
  const pairs = entries
    .map(([id, v]) => pairOf(id, id, v, problems))
    .filter((p): p is SirekapPair => p !== null)
    .sort((a, b) => a.ballotNumber - b.ballotNumber);
  uniqueBallotNumbers(pairs, '', problems);
  if (problems.length > 0) throw shapeError(problems);
  return { region: 'national', pairs };
}

/** Two pairs of one contest under one ballot number: refused here, before anything is written. */
function uniqueBallotNumbers(sorted: readonly SirekapPair[], prefix: string, problems: Problem[]): void {
  sorted.forEach((p, i) => {
    if (i === 0 || sorted[i - 1]!.ballotNumber !== p.ballotNumber) return;
    const path = `${prefix}${p.id}.nomor_urut`;
    problems.push(
      problem(
        'PASLON_BALLOT_NUMBER_DUPLICATE',
        [path],
        msg(
          `${path}: nomor urut ${p.ballotNumber} dipakai dua kali.`,
          `${path}: ballot number ${p.ballotNumber} is used twice.`,
        ),
      ),
    );
  });
}

/** An object with a pair's own fields (as opposed to a region's object of pairs). */
function isPairLike(v: unknown): boolean {
  return isObject(v) && ('nama' in v || 'nomor_urut' in v || 'warna' in v);
}

/** "HEAD, S.H. - DEPUTY, M.M." → head and deputy (split on the first " - "). */
export function splitPairName(name: string): { head: string; deputy: string } {
  const i = name.indexOf(' - ');
  if (i < 0) return { head: name.trim(), deputy: '' };
  return { head: name.slice(0, i).trim(), deputy: name.slice(i + 3).trim() };
}

function regionOf(key: string, problems: Problem[]): RegionCode | null {
  try {
    const code = parseRegionCode(key, key);
    const level = levelOf(code);
    if (level === 'province' || level === 'regency') return code;
  } catch {
    // reported below
  }
  problems.push(
    problem(
      'PASLON_REGION_INVALID',
      [key],
      msg(
        `"${key.slice(0, 20)}" bukan kode provinsi atau kabupaten/kota.`,
        `"${key.slice(0, 20)}" is not a province or kab/kota code.`,
      ),
    ),
  );
  return null;
}

function pairOf(path: string, id: string, v: unknown, problems: Problem[]): SirekapPair | null {
  const before = problems.length;
  if (!/^\d{1,12}$/.test(id)) problems.push(problem('PASLON_PAIR_ID_INVALID', [path], badField(path, 'id')));
  if (!isObject(v)) {
    problems.push(problem('PASLON_NOT_OBJECT', [path], notObject(path)));
    return null;
  }
  const { nama, warna, nomor_urut: nomor } = v;
  if (typeof nama !== 'string' || nama.length === 0 || nama.length > 300) {
    problems.push(problem('PASLON_NAME_INVALID', [`${path}.nama`], badField(path, 'nama')));
  }
  if (typeof warna !== 'string' || !COLOR.test(warna)) {
    problems.push(problem('PASLON_COLOR_INVALID', [`${path}.warna`], badField(path, 'warna')));
  }
  if (typeof nomor !== 'number' || !Number.isInteger(nomor) || nomor < 1 || nomor > MAX_PAIRS) {
    problems.push(
      problem('PASLON_BALLOT_NUMBER_INVALID', [`${path}.nomor_urut`], badField(path, 'nomor_urut')),
    );
  }
  if (problems.length > before) return null;
  const name = (nama as string).trim();
  const emptyColumn = EMPTY_COLUMN.test(name);
  const { head, deputy } = emptyColumn ? { head: 'Kolom Kosong', deputy: '' } : splitPairName(name);
  return {
    id,
    ballotNumber: nomor as number,
    name,
    head,
    deputy,
    color: (warna as string).toUpperCase(),
    emptyColumn,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function shapeError(problems: Problem[]): SaksiError {
  return new SaksiError(
    'PASLON_FILE_INVALID',
    msg(
      `Berkas paslon Sirekap tidak sah (${problems.length} masalah).`,
      `The Sirekap candidate file is not valid (${problems.length} problems).`,
    ),
    { field: problems[0]?.fields[0] ?? '$', problems },
  );
}

const notObject = (p: string) => msg(`${p} harus berupa objek JSON.`, `${p} must be a JSON object.`);
const tooMany = (p: string) => msg(`${p} terlalu besar.`, `${p} is too large.`);
const badField = (p: string, f: string) =>
  msg(`${p}: isian "${f}" tidak sah.`, `${p}: field "${f}" is not valid.`);
