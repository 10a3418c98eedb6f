/**
 * Keeps docs/FORMATS.md §6 (recap statements) honest: its example C.Hasil
 * body parses and passes every rule, every code its tables name is a code of
 * the forms and recap modules, every C.Hasil rule is in its rule table, and
 * every code those modules can raise is named somewhere in §6.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHASIL_RULE_CODES, checkCHasil, parseCHasil } from './index.js';

const ROOT = new URL('../../../', import.meta.url);
const doc = readFileSync(new URL('docs/FORMATS.md', ROOT), 'utf8');

/** §6, up to the next top-level section (or the end of the file). */
function section6(text: string): string {
  const start = text.indexOf('\n## 6. ');
  if (start < 0) throw new Error('docs/FORMATS.md has no "## 6." section');
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

/** TypeScript sources of the given directories of src/core (tests and test helpers left out), one string per file. */
function sources(...dirs: string[]): string[] {
  return dirs.flatMap((dir) => {
    const base = new URL(`src/core/${dir}/`, ROOT);
    return readdirSync(base)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'testing.ts')
      .map((f) => readFileSync(new URL(f, base), 'utf8'));
  });
}

const s6 = section6(doc);
const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** Codes in the first cell of the §6 tables, e.g. "| `FORM_TOTAL_SUM` | error | …". */
const tableCodes = [...s6.matchAll(/^\|\s*`([A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1] as string);
/** Every upper-snake word of §6 written as code (`FORM_…`, `KEY_…`). */
const namedCodes = [...s6.matchAll(/`([A-Z][A-Z0-9_]*)`/g)]
  .map((m) => m[1] as string)
  .filter((c) => CODE.test(c));
const recapSources = sources('forms', 'forms/rules', 'recap');
/** Codes the forms and recap modules raise: their quoted upper-snake string literals. */
const raised = new Set(
  recapSources.flatMap((text) =>
    [...text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)].map((m) => m[1] as string),
  ),
);

describe('docs/FORMATS.md §6', () => {
  it('has an example form.chasil body that parses and passes every rule, without a warning', () => {
    const block = /```json form\.chasil example\n([\s\S]*?)\n```/.exec(s6);
    expect(block, 'a ```json form.chasil example block in §6').not.toBeNull();
    const form = parseCHasil(JSON.parse(block?.[1] ?? 'null'));
    const result = checkCHasil(form, {
      candidates: ['1000806', '1000807', '1000808'],
      ballotReservePermille: 25,
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.notCheckable).toEqual([]);
    expect(form.tps.startsWith('3579')).toBe(true);
  });

  it('names in its tables only codes that the forms and recap modules raise', () => {
    expect(tableCodes.length).toBeGreaterThan(CHASIL_RULE_CODES.length);
    expect(tableCodes.filter((c) => !raised.has(c))).toEqual([]);
  });

  it('lists every C.Hasil rule in its rule table', () => {
    expect(CHASIL_RULE_CODES.filter((c) => !tableCodes.includes(c))).toEqual([]);
  });

  it('names every code that the forms and recap modules raise', () => {
    expect([...raised].filter((c) => !namedCodes.includes(c))).toEqual([]);
  });

  it('names no code that src/core does not know', () => {
    const all = [...recapSources, ...sources('statements', 'statements/handlers')].join('\n');
    const unknown = [...new Set(namedCodes)].filter((c) => !new RegExp(`\\b${c}\\b`).test(all));
    expect(unknown).toEqual([]);
  });
});
