/**
 * The shape of one C.Hasil rule. A rule looks at a possibly partial form and,
 * for each subject it covers (a triple, a component L/P/J, a field), either
 * passes, fails with a problem, or says it cannot tell because an input is
 * null. Rules never treat "unknown" as a failure.
 */
import { SaksiError, msg, problem } from '../../errors/index.js';
import type { Message, Problem } from '../../errors/index.js';
import type { CHasilLike, Count, TripleLike } from '../chasil.js';

export type Severity = 'error' | 'warning';

export interface CheckOptions {
  /**
   * The contest's expected vote keys: its pair ids, plus the kolom kosong's id
   * in a single-pair contest. Omitted: the pair rules are not checkable.
   */
  readonly candidates?: readonly string[];
  /** Ballot reserve in per mille of DPT: 25 for Pilkada (2.5%), 20 for Pemilu (2%). Default 25. */
  readonly ballotReservePermille?: number;
  /** Any single count at or above this is implausible at one TPS. Default 1000. */
  readonly largeValue?: number;
  /** Turnout (users total ÷ DPT) at or above this per mille is flagged as near the maximum. Default 980. */
  readonly turnoutHighPermille?: number;
  /** Turnout strictly above this per mille is flagged as impossible-looking. Default 1000. */
  readonly turnoutMaxPermille?: number;
  /** Invalid votes strictly above this per mille of the total are flagged. Default 100 (10%). */
  readonly invalidSharePermille?: number;
}

export type ResolvedOptions = Required<Omit<CheckOptions, 'candidates'>> & {
  readonly candidates: readonly string[] | null;
};

/** What a rule reports through while it runs. */
export interface RuleOutput {
  fail(fields: readonly string[], message: Message): void;
  /** An input this rule needs is null: the rule is (partly) not checkable. */
  unknown(): void;
}

export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  check(form: CHasilLike, options: ResolvedOptions, out: RuleOutput): void;
}

export const DEFAULTS: ResolvedOptions = {
  candidates: null,
  ballotReservePermille: 25,
  largeValue: 1000,
  turnoutHighPermille: 980,
  turnoutMaxPermille: 1000,
  invalidSharePermille: 100,
};

export function resolveOptions(options: CheckOptions = {}): ResolvedOptions {
  const resolved = { ...DEFAULTS, ...dropUndefined(options) };
  for (const key of [
    'ballotReservePermille',
    'largeValue',
    'turnoutHighPermille',
    'turnoutMaxPermille',
    'invalidSharePermille',
  ] as const) {
    const v = resolved[key];
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new SaksiError(
        'FORM_CHECK_OPTIONS_INVALID',
        msg(
          `Opsi ${key} harus bilangan bulat tidak negatif.`,
          `Option ${key} must be a non-negative whole number.`,
        ),
        { field: key },
      );
    }
  }
  return { ...resolved, candidates: options.candidates ?? null };
}

/** Run one rule: its problems, and whether any subject was not checkable. */
export function runRule(
  rule: Rule,
  form: CHasilLike,
  options: ResolvedOptions,
): { problems: Problem[]; unknown: boolean } {
  const problems: Problem[] = [];
  let unknown = false;
  rule.check(form, options, {
    fail: (fields, message) => problems.push(problem(rule.code, fields, message)),
    unknown: () => {
      unknown = true;
    },
  });
  return { problems, unknown };
}

/**
 * The values when every one is known; otherwise null, and the rule is marked
 * not checkable. `const v = known(out, [a, b]); if (v === null) return;`
 */
export function known<T extends readonly Count[]>(
  out: RuleOutput,
  values: readonly [...T],
): { [K in keyof T]: number } | null {
  if (values.every((v) => v !== null)) return values as unknown as { [K in keyof T]: number };
  out.unknown();
  return null;
}

export const COMPONENTS = ['male', 'female', 'total'] as const;
export type Component = (typeof COMPONENTS)[number];
export const LETTER: Readonly<Record<Component, string>> = { male: 'L', female: 'P', total: 'J' };

/** The triples of a form by path, for rules that walk them all. */
export function voterTriples(form: CHasilLike): [string, TripleLike][] {
  const u = form.voters.users;
  return [
    ['voters.dpt', form.voters.dpt],
    ['voters.users.dpt', u.dpt],
    ['voters.users.dptb', u.dptb],
    ['voters.users.dpk', u.dpk],
    ['voters.users.total', u.total],
  ];
}

export function disabilityTriples(form: CHasilLike): [string, TripleLike][] {
  return [
    ['disability.registered', form.disability.registered],
    ['disability.voted', form.disability.voted],
  ];
}

/** Votes as entries; null when the votes are not known at all. */
export function voteEntries(form: CHasilLike): [string, Count][] | null {
  return form.votes === null ? null : Object.entries(form.votes);
}

/** ceil(n × permille / 1000) in exact integer arithmetic. */
export function ceilPermille(n: number, permille: number): number {
  return Math.floor((n * permille + 999) / 1000);
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
