/**
 * Plausibility warnings (docs/DOMAIN.md §4, rule 8). A warning asks a person to
 * look at the photo again; it never blocks a form. Thresholds are options
 * (`CheckOptions`), compared in exact integer arithmetic (per mille).
 */
import { msg } from '../../errors/index.js';
import type { CHasilLike, Count } from '../chasil.js';
import { ceilPermille, disabilityTriples, known, voteEntries, voterTriples } from './rule.js';
import type { Rule } from './rule.js';

/** Ballots received ≠ DPT + ceil(reserve × DPT). */
export const ballotsReserve: Rule = {
  code: 'FORM_BALLOTS_RESERVE_MISMATCH',
  severity: 'warning',
  check: (form, o, out) => {
    const v = known(out, [form.ballots.received, form.voters.dpt.total]);
    if (v === null) return;
    const [received, dpt] = v;
    const expected = dpt + ceilPermille(dpt, o.ballotReservePermille);
    if (received === expected) return;
    const pct = `${o.ballotReservePermille / 10}%`;
    out.fail(
      ['ballots.received', 'voters.dpt.total'],
      msg(
        `Surat suara diterima ${received}, seharusnya DPT ${dpt} + cadangan ${pct} = ${expected}.`,
        `${received} ballot papers received; DPT ${dpt} + ${pct} reserve = ${expected} expected.`,
      ),
    );
  },
};

/** Any single count at or above `largeValue` (default 1000) at one TPS. */
export const largeValue: Rule = {
  code: 'FORM_VALUE_LARGE',
  severity: 'warning',
  check: (form, o, out) => {
    for (const [path, v] of countsOf(form)) {
      if (v === null || v < o.largeValue) continue;
      out.fail(
        [path],
        msg(
          `${path} = ${v}: angka ${o.largeValue} atau lebih tidak wajar di satu TPS.`,
          `${path} = ${v}: ${o.largeValue} or more is implausible at one TPS.`,
        ),
      );
    }
  },
};

/** Turnout (users total J ÷ DPT J) strictly above `turnoutMaxPermille`. */
export const turnoutAboveMax: Rule = {
  code: 'FORM_TURNOUT_ABOVE_MAX',
  severity: 'warning',
  check: (form, o, out) => {
    const v = known(out, [form.voters.users.total.total, form.voters.dpt.total]);
    if (v === null) return;
    const [users, dpt] = v;
    if (users * 1000 <= dpt * o.turnoutMaxPermille) return;
    out.fail(
      ['voters.users.total.total', 'voters.dpt.total'],
      msg(
        `Partisipasi ${users} dari DPT ${dpt} melebihi ${o.turnoutMaxPermille / 10}%.`,
        `Turnout of ${users} against a DPT of ${dpt} is above ${o.turnoutMaxPermille / 10}%.`,
      ),
    );
  },
};

/** Turnout at or above `turnoutHighPermille` but not above the maximum. */
export const turnoutHigh: Rule = {
  code: 'FORM_TURNOUT_HIGH',
  severity: 'warning',
  check: (form, o, out) => {
    const v = known(out, [form.voters.users.total.total, form.voters.dpt.total]);
    if (v === null) return;
    const [users, dpt] = v;
    const high = users * 1000 >= dpt * o.turnoutHighPermille && users > 0;
    if (!high || users * 1000 > dpt * o.turnoutMaxPermille) return;
    out.fail(
      ['voters.users.total.total', 'voters.dpt.total'],
      msg(
        `Partisipasi ${users} dari DPT ${dpt} mencapai ${o.turnoutHighPermille / 10}% atau lebih.`,
        `Turnout of ${users} against a DPT of ${dpt} is ${o.turnoutHighPermille / 10}% or more.`,
      ),
    );
  },
};

/** One option took every vote: at least two options, exactly one non-zero. */
export const onePairAllVotes: Rule = {
  code: 'FORM_ONE_PAIR_ALL_VOTES',
  severity: 'warning',
  check: (form, _o, out) => {
    const entries = voteEntries(form);
    if (entries === null) return void out.unknown();
    if (
      known(
        out,
        entries.map(([, n]) => n),
      ) === null ||
      entries.length < 2
    )
      return;
    const nonZero = entries.filter(([, n]) => n !== 0);
    if (nonZero.length !== 1) return;
    const [id, n] = nonZero[0] as [string, number];
    out.fail(
      [`votes.${id}`],
      msg(`Paslon "${id}" memperoleh seluruh ${n} suara sah.`, `Pair "${id}" took all ${n} valid votes.`),
    );
  },
};

/** Invalid votes strictly above `invalidSharePermille` of the total votes. */
export const invalidShareHigh: Rule = {
  code: 'FORM_INVALID_SHARE_HIGH',
  severity: 'warning',
  check: (form, o, out) => {
    const total =
      form.total ?? (form.valid !== null && form.invalid !== null ? form.valid + form.invalid : null);
    const v = known(out, [form.invalid, total]);
    if (v === null) return;
    const [invalid, all] = v;
    if (invalid * 1000 <= all * o.invalidSharePermille) return;
    out.fail(
      ['invalid', 'total'],
      msg(
        `Suara tidak sah ${invalid} dari ${all} melebihi ${o.invalidSharePermille / 10}%.`,
        `${invalid} invalid votes of ${all} exceed ${o.invalidSharePermille / 10}%.`,
      ),
    );
  },
};

export const PLAUSIBILITY_RULES: readonly Rule[] = [
  ballotsReserve,
  largeValue,
  turnoutAboveMax,
  turnoutHigh,
  onePairAllVotes,
  invalidShareHigh,
];

/** Every count of a form with its path (nulls included). */
export function countsOf(form: CHasilLike): [string, Count][] {
  const out: [string, Count][] = [];
  for (const [path, t] of [...voterTriples(form), ...disabilityTriples(form)]) {
    out.push([`${path}.male`, t.male], [`${path}.female`, t.female], [`${path}.total`, t.total]);
  }
  const b = form.ballots;
  out.push(
    ['ballots.received', b.received],
    ['ballots.damaged', b.damaged],
    ['ballots.unused', b.unused],
    ['ballots.used', b.used],
  );
  for (const [k, n] of voteEntries(form) ?? []) out.push([`votes.${k}`, n]);
  out.push(['valid', form.valid], ['invalid', form.invalid], ['total', form.total]);
  return out;
}
