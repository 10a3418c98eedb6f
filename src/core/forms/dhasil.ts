/**
 * D.Hasil, the recap form at a level (docs/DOMAIN.md §5): D.Hasil Kecamatan
 * (PPK), Kabupaten/Kota, Provinsi, and Nasional for the president. A recap
 * equals the sum of its children unless a correction made at that plenary is
 * recorded; corrections never overwrite a child, they are listed here with
 * old and new numbers, the reason and the plenary.
 */
import { msg } from '../errors/index.js';
import type { Triple } from './chasil.js';
import { readTriple, readVotes } from './chasil.js';
import { ID, ShapeReader, join } from './shape.js';

export type RecapLevel = 'district' | 'regency' | 'province' | 'national';
export const RECAP_LEVELS: readonly RecapLevel[] = ['district', 'regency', 'province', 'national'];

/** The figures a recap adds up: those of a child (TPS or lower recap) or its own. */
export interface RecapFigures {
  readonly votes: Readonly<Record<string, number>>;
  readonly valid: number;
  readonly invalid: number;
  readonly total: number;
  /** Users of the right to vote, all classes. */
  readonly users: Triple;
  /** Registered in the DPT. */
  readonly dpt: Triple;
}

export interface RecapCorrection {
  /** The child whose figure was corrected at this plenary. */
  readonly child: string;
  /** A figure's path: `votes.<pairId>`, `valid`, `invalid`, `total`, `users.<male|female|total>`, `dpt.<…>`. */
  readonly field: string;
  readonly old: number;
  readonly new: number;
  readonly reason: string;
  /** Which plenary, e.g. "Pleno PPK Batu, 2024-11-29". */
  readonly plenary: string;
}

export interface DHasil extends RecapFigures {
  readonly contestId: string;
  /** Canonical undotted code of the recap's region; `national` for the national level. */
  readonly region: string;
  readonly level: RecapLevel;
  /** Codes of the children included (villages or TPS for a district; one level down otherwise). */
  readonly children: readonly string[];
  readonly corrections: readonly RecapCorrection[];
}

export const MAX_RECAP_CHILDREN = 5000;
export const MAX_RECAP_CORRECTIONS = 1000;
export const RECAP_FIELD =
  /^(?:votes\.[A-Za-z0-9][A-Za-z0-9._-]{0,99}|valid|invalid|total|(?:users|dpt)\.(?:male|female|total))$/;

/** Undotted code length of the recap's region, and the allowed child lengths. */
const REGION_LENGTH: Readonly<Record<RecapLevel, number | null>> = {
  district: 6,
  regency: 4,
  province: 2,
  national: null,
};
const CHILD_LENGTHS: Readonly<Record<RecapLevel, readonly number[]>> = {
  district: [10, 13],
  regency: [6],
  province: [4],
  national: [2],
};

const RECAP = msg('Formulir D.Hasil', 'The D.Hasil form');
const KEYS = [
  'contestId',
  'region',
  'level',
  'votes',
  'valid',
  'invalid',
  'total',
  'users',
  'dpt',
  'children',
  'corrections',
];

/** Parse a D.Hasil body (untrusted). Throws one `RECAP_INVALID_SHAPE` listing every problem. */
export function parseDHasil(input: unknown): DHasil {
  const r = new ShapeReader();
  const o = r.object(input, '$', KEYS);
  const level = r.oneOf(o.level, 'level', RECAP_LEVELS);
  const form: DHasil = {
    contestId: r.text(o.contestId, 'contestId', { max: 100, pattern: ID }),
    region: readRegion(r, o.region, level),
    level,
    votes: readVotes(r, o.votes, 'votes'),
    valid: r.count(o.valid, 'valid'),
    invalid: r.count(o.invalid, 'invalid'),
    total: r.count(o.total, 'total'),
    users: readTriple(r, o.users, 'users'),
    dpt: readTriple(r, o.dpt, 'dpt'),
    children: readChildren(r, o.children, level),
    corrections: r
      .array(o.corrections, 'corrections', MAX_RECAP_CORRECTIONS)
      .map((c, i) => readCorrection(r, c, `corrections[${i}]`)),
  };
  checkChildrenWithin(r, form);
  r.throwIfAny('RECAP_INVALID_SHAPE', RECAP);
  return form;
}

function readRegion(r: ShapeReader, v: unknown, level: RecapLevel): string {
  const length = REGION_LENGTH[level];
  if (length === null)
    return r.text(v, 'region', { max: 8, pattern: /^national$/, format: msg('"national"', '"national"') });
  const format = msg(
    `kode wilayah ${length} digit tanpa titik`,
    `a ${length}-digit region code without dots`,
  );
  return r.text(v, 'region', { max: length, pattern: new RegExp(`^\\d{${length}}$`), format });
}

function readChildren(r: ShapeReader, v: unknown, level: RecapLevel): string[] {
  const lengths = CHILD_LENGTHS[level];
  const pattern = new RegExp(`^(?:${lengths.map((n) => `\\d{${n}}`).join('|')})$`);
  const format = msg(
    `kode wilayah ${lengths.join(' atau ')} digit`,
    `a ${lengths.join(' or ')}-digit region code`,
  );
  const codes = r
    .array(v, 'children', MAX_RECAP_CHILDREN)
    .map((c, i) => r.text(c, `children[${i}]`, { max: 13, pattern, format }));
  // A recap of nothing would lock its region before any TPS reported.
  if (Array.isArray(v) && codes.length === 0)
    r.fail(
      'SHAPE_MISSING',
      'children',
      msg('D.Hasil harus mencantumkan sedikitnya satu wilayah/TPS.', 'A D.Hasil lists at least one child.'),
    );
  const seen = new Set<string>();
  codes.forEach((c, i) => {
    if (seen.has(c))
      r.fail(
        'SHAPE_DUPLICATE',
        `children[${i}]`,
        msg(`Wilayah ${c} tercantum dua kali.`, `Region ${c} is listed twice.`),
      );
    seen.add(c);
  });
  return codes;
}

function checkChildrenWithin(r: ShapeReader, form: DHasil): void {
  if (form.level === 'national') return;
  form.children.forEach((c, i) => {
    if (c.startsWith(form.region)) return;
    r.fail(
      'SHAPE_BAD_FORMAT',
      `children[${i}]`,
      msg(`${c} tidak berada di wilayah ${form.region}.`, `${c} is not within region ${form.region}.`),
    );
  });
}

function readCorrection(r: ShapeReader, v: unknown, path: string): RecapCorrection {
  const o = r.object(v, path, ['child', 'field', 'old', 'new', 'reason', 'plenary']);
  const at = (k: string) => join(path, k);
  return {
    child: r.text(o.child, at('child'), { max: 13, pattern: /^\d{2,13}$/ }),
    field: r.text(o.field, at('field'), {
      max: 120,
      pattern: RECAP_FIELD,
      format: msg(
        'votes.<paslon>, valid, invalid, total, users.* atau dpt.*',
        'votes.<pair>, valid, invalid, total, users.* or dpt.*',
      ),
    }),
    old: r.count(o.old, at('old')),
    new: r.count(o.new, at('new')),
    reason: r.text(o.reason, at('reason'), { max: 2000 }),
    plenary: r.text(o.plenary, at('plenary'), { max: 300 }),
  };
}
