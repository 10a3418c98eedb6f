/**
 * Checks of a D.Hasil: its own arithmetic, and equality with the sum of its
 * children (docs/DOMAIN.md §5) where each difference must be covered by a recorded
 * correction of that plenary. Pure; returns problems, throws nothing.
 */
import { msg, problem } from '../errors/index.js';
import type { Problem } from '../errors/index.js';
import type { CHasil, Triple } from './chasil.js';
import type { DHasil, RecapFigures } from './dhasil.js';

/** A TPS form's figures, as a recap adds them up. */
export function figuresOfCHasil(form: CHasil): RecapFigures {
  const { votes, valid, invalid, total } = form;
  return { votes, valid, invalid, total, users: form.voters.users.total, dpt: form.voters.dpt };
}

/** Figures added up, votes by pair id. */
export function sumFigures(all: readonly RecapFigures[]): RecapFigures {
  return unflatten(addFlat(all.map(flatten)));
}

/** A recap's own arithmetic: Σ votes = valid, valid + invalid = total, J = L + P. */
export function checkDHasil(d: DHasil): Problem[] {
  const problems: Problem[] = [];
  const sum = Object.values(d.votes).reduce((a, n) => a + n, 0);
  if (sum !== d.valid) {
    problems.push(
      problem(
        'RECAP_VOTES_SUM',
        ['valid'],
        msg(
          `Jumlah suara paslon ${sum} ≠ suara sah ${d.valid}.`,
          `The pairs' votes add up to ${sum}, not ${d.valid} valid.`,
        ),
      ),
    );
  }
  if (d.valid + d.invalid !== d.total) {
    problems.push(
      problem(
        'RECAP_TOTAL_SUM',
        ['total', 'valid', 'invalid'],
        msg(
          `Sah + tidak sah = ${d.valid + d.invalid}, bukan ${d.total}.`,
          `Valid + invalid = ${d.valid + d.invalid}, not ${d.total}.`,
        ),
      ),
    );
  }
  for (const [path, t] of [
    ['users', d.users],
    ['dpt', d.dpt],
  ] as const) {
    if (t.male + t.female === t.total) continue;
    problems.push(
      problem(
        'RECAP_TRIPLE_SUM',
        [`${path}.total`, `${path}.male`, `${path}.female`],
        msg(
          `${path}: J ${t.total} ≠ L + P = ${t.male + t.female}.`,
          `${path}: J ${t.total} ≠ L + P = ${t.male + t.female}.`,
        ),
      ),
    );
  }
  return problems;
}

/**
 * The recap against its children's figures (`children[code]`: the child's
 * C.Hasil figures or its own D.Hasil). Corrections are applied to the
 * children in order (each `old` must be the child's value at that point),
 * then every figure of the recap must equal the corrected sum.
 */
export function checkDHasilAgainstChildren(
  d: DHasil,
  children: Readonly<Record<string, RecapFigures>>,
): Problem[] {
  const problems = childSetProblems(d, children);
  const corrected = applyCorrections(d, children, problems);
  const sum = addFlat([...corrected.values()]);
  const own = flatten(d);
  for (const key of new Set([...own.keys(), ...sum.keys()])) {
    const a = own.get(key) ?? 0;
    const b = sum.get(key) ?? 0;
    if (a === b) continue;
    problems.push(
      problem(
        'RECAP_SUM_MISMATCH',
        [key],
        msg(
          `${key}: D.Hasil ${a}, jumlah wilayah di bawahnya (setelah pembetulan tercatat) ${b}.`,
          `${key}: D.Hasil ${a}, the children's sum (after recorded corrections) ${b}.`,
        ),
      ),
    );
  }
  return problems;
}

function childSetProblems(d: DHasil, children: Readonly<Record<string, RecapFigures>>): Problem[] {
  const problems: Problem[] = [];
  const listed = new Set(d.children);
  for (const code of d.children) {
    if (Object.hasOwn(children, code)) continue;
    problems.push(
      problem(
        'RECAP_CHILD_MISSING',
        ['children'],
        msg(`Angka wilayah ${code} tidak tersedia.`, `The figures of ${code} are not available.`),
      ),
    );
  }
  for (const code of Object.keys(children)) {
    if (listed.has(code)) continue;
    problems.push(
      problem(
        'RECAP_CHILD_NOT_LISTED',
        ['children'],
        msg(`Wilayah ${code} tidak tercantum di D.Hasil.`, `Region ${code} is not listed in the D.Hasil.`),
      ),
    );
  }
  return problems;
}

function applyCorrections(
  d: DHasil,
  children: Readonly<Record<string, RecapFigures>>,
  problems: Problem[],
): Map<string, Map<string, number>> {
  const flat = new Map(
    d.children
      .filter((c) => Object.hasOwn(children, c))
      .map((c) => [c, flatten(children[c] as RecapFigures)]),
  );
  d.corrections.forEach((c, i) => {
    const figures = flat.get(c.child);
    if (figures === undefined) {
      if (!d.children.includes(c.child)) {
        problems.push(
          problem(
            'RECAP_CORRECTION_UNKNOWN_CHILD',
            [`corrections[${i}].child`],
            msg(
              `Pembetulan untuk ${c.child} yang tidak tercantum.`,
              `A correction for ${c.child}, which is not listed.`,
            ),
          ),
        );
      }
      return;
    }
    const current = figures.get(c.field) ?? 0;
    if (current !== c.old) {
      problems.push(
        problem(
          'RECAP_CORRECTION_OLD_MISMATCH',
          [`corrections[${i}].old`],
          msg(
            `Pembetulan ${c.child} ${c.field}: angka lama ${c.old}, padahal tercatat ${current}.`,
            `Correction of ${c.child} ${c.field}: old value ${c.old}, but ${current} is on record.`,
          ),
        ),
      );
      return;
    }
    figures.set(c.field, c.new);
  });
  return flat;
}

/** Figures as `path → number` (`votes.<id>`, `valid`, `users.male`, …). */
function flatten(f: RecapFigures): Map<string, number> {
  const out = new Map<string, number>(Object.entries(f.votes).map(([k, n]) => [`votes.${k}`, n]));
  out.set('valid', f.valid).set('invalid', f.invalid).set('total', f.total);
  for (const [name, t] of [
    ['users', f.users],
    ['dpt', f.dpt],
  ] as const) {
    out.set(`${name}.male`, t.male).set(`${name}.female`, t.female).set(`${name}.total`, t.total);
  }
  return out;
}

function addFlat(all: readonly Map<string, number>[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const m of all) for (const [k, n] of m) sum.set(k, (sum.get(k) ?? 0) + n);
  return sum;
}

function unflatten(m: Map<string, number>): RecapFigures {
  const get = (k: string) => m.get(k) ?? 0;
  const triple = (name: string): Triple => ({
    male: get(`${name}.male`),
    female: get(`${name}.female`),
    total: get(`${name}.total`),
  });
  const votes = Object.fromEntries(
    [...m].filter(([k]) => k.startsWith('votes.')).map(([k, n]) => [k.slice(6), n]),
  );
  return {
    votes,
    valid: get('valid'),
    invalid: get('invalid'),
    total: get('total'),
    users: triple('users'),
    dpt: triple('dpt'),
  };
}
