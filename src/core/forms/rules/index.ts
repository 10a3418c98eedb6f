/**
 * All rules of Model C.Hasil-KWK (docs/DOMAIN.md §4) and the one entry point that
 * runs them. Works on partial records: a rule whose inputs are null is listed
 * in `notCheckable`, never reported as a failure.
 */
import type { Problem } from '../../errors/index.js';
import type { CHasilLike } from '../chasil.js';
import { ARITHMETIC_RULES } from './arithmetic.js';
import { leadingNine } from './leading-nine.js';
import { LIMIT_RULES } from './limits.js';
import { PAIR_RULES } from './pairs.js';
import { PLAUSIBILITY_RULES } from './plausibility.js';
import { resolveOptions, runRule } from './rule.js';
import type { CheckOptions, Rule } from './rule.js';

export type { CheckOptions, Rule, Severity } from './rule.js';
export { withoutLeadingNine } from './leading-nine.js';

export interface CheckResult {
  readonly errors: Problem[];
  readonly warnings: Problem[];
  /**
   * Codes of rules that could not be fully evaluated because an input was
   * null (e.g. ballot-paper and disability rules on a Sirekap import). A rule
   * with several subjects (triples, L/P/J) is listed when any subject was
   * skipped; its other subjects were still checked.
   */
  readonly notCheckable: string[];
}

/** Every rule, errors first, in the order of the form. */
export const CHASIL_RULES: readonly Rule[] = [
  ...ARITHMETIC_RULES,
  ...LIMIT_RULES,
  ...PAIR_RULES,
  ...PLAUSIBILITY_RULES,
  leadingNine,
];

export const CHASIL_RULE_CODES: readonly string[] = CHASIL_RULES.map((r) => r.code);

export function checkCHasil(form: CHasilLike, options: CheckOptions = {}): CheckResult {
  const resolved = resolveOptions(options);
  const result: CheckResult = { errors: [], warnings: [], notCheckable: [] };
  for (const rule of CHASIL_RULES) {
    const { problems, unknown } = runRule(rule, form, resolved);
    (rule.severity === 'error' ? result.errors : result.warnings).push(...problems);
    if (unknown) result.notCheckable.push(rule.code);
  }
  return result;
}
