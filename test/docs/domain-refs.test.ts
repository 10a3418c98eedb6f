/**
 * docs/DOMAIN.md is the document the code cites as `docs/DOMAIN.md §n`. On
 * every run: each such citation anywhere in the repository names a section
 * that exists there; §1–§9 keep their numbers and topics (the citations were
 * written against them); the files and error codes the document names exist;
 * and nothing points at the documents beside the repository (`../shared/…`),
 * which a fresh clone does not have — only the shared data directory, which
 * tests and the simulator locate on purpose, may be named.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationsIn, sectionsOf } from './citations.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DOMAIN = readFileSync(join(ROOT, 'docs/DOMAIN.md'), 'utf8');
/** Where citations may be: the code, its tests and benchmarks, the docs and the README. */
const SCANNED = ['src', 'web', 'test', 'bench', 'scripts', 'docs', 'README.md'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage', 'test-output', 'vectors']);
const TEXT_FILE = /\.(?:ts|tsx|js|mjs|cjs|md|html|css)$/;
/** This folder holds example citations (the parser's own tests), so the repository scans leave it out. */
const SELF = 'test/docs/';
/** A path into the shared directory beside the repository, other than its data. */
const SHARED_NOT_DATA = /(?:\.\.|\/work)\/shared\/(?!data(?:\/|\b))/;

describe('reading citations', () => {
  it('reads one section, a list, a range and sections with rule numbers', () => {
    const text = [
      ' * Who won (docs/DOMAIN.md §5). Pure and exact',
      ' * candidate pairs (docs/DOMAIN.md §1, §2, §9).',
      ' * a 3-digit TPS number (docs/DOMAIN.md §1–2).',
      ' * The equalities (docs/DOMAIN.md §4, rules 1–6). Each',
      ' * (rule 8 of docs/DOMAIN.md §4.2)',
    ].join('\n');
    expect(citationsIn(text).map((c) => [c.line, c.sections])).toEqual([
      [1, ['5']],
      [2, ['1', '2', '9']],
      [3, ['1', '2']],
      [4, ['4']],
      [5, ['4.2']],
    ]);
  });

  it("follows a citation over a comment's line break", () => {
    const [c] = citationsIn('/**\n * as configuration (docs/DOMAIN.md\n * §8): each stage\n */');
    expect(c).toMatchObject({ sections: ['8'], prefixed: true, line: 2 });
  });

  it('stops at the first word that is not a section', () => {
    const c = citationsIn('(docs/DOMAIN.md §6; Perbawaslu art. §3) and DOMAIN.md §6, marked §7');
    expect(c.map((x) => x.sections)).toEqual([['6'], ['6']]);
  });

  it('tells the relative, the prefixed and the bare forms apart', () => {
    const c = citationsIn('[DOMAIN.md §4.2](DOMAIN.md) · `docs/DOMAIN.md` §3 · (DOMAIN §4–5; code)');
    expect(c.map((x) => [x.sections, x.prefixed, x.bare])).toEqual([
      [['4.2'], false, false],
      [['3'], true, false],
      [['4', '5'], false, true],
    ]);
  });

  it('ignores mentions without a section and names that merely contain DOMAIN', () => {
    expect(citationsIn('see [docs/DOMAIN.md](docs/DOMAIN.md). STATEMENT_DOMAIN §4, KEY_ID_DOMAIN')).toEqual(
      [],
    );
  });

  it('reads numbered headings and nothing else', () => {
    const md = '# Title\n## 4. The C.Hasil\ntext §9\n### 4.2 The rules\n## Sources\n#### 4.2.1 Deep';
    expect(sectionsOf(md)).toEqual([
      { number: '4', title: 'The C.Hasil' },
      { number: '4.2', title: 'The rules' },
      { number: '4.2.1', title: 'Deep' },
    ]);
  });
});

describe('docs/DOMAIN.md', () => {
  const sections = sectionsOf(DOMAIN);
  const numbers = new Set(sections.map((s) => s.number));

  it('keeps the numbers and topics of §1–§9 that the code cites', () => {
    const topics: readonly [string, RegExp][] = [
      ['1', /who is who/i],
      ['2', /regions/i],
      ['3', /scale/i],
      ['4', /C\.Hasil/],
      ['5', /recap/i],
      ['6', /supervision/i],
      ['7', /preparation/i],
      ['8', /timetable/i],
      ['9', /names in code/i],
    ];
    for (const [n, topic] of topics) {
      expect(sections.find((s) => s.number === n)?.title, `§${n}`).toMatch(topic);
    }
  });

  it('numbers each section once, and each subsection under a section that exists', () => {
    expect(sections.length).toBe(numbers.size);
    for (const n of numbers) {
      const parent = n.split('.').slice(0, -1).join('.');
      if (parent !== '') expect(numbers.has(parent), `§${n} without §${parent}`).toBe(true);
    }
  });

  it('names only files that exist', () => {
    const paths = [...DOMAIN.matchAll(/`((?:src|web|test|bench|scripts|docs)\/[\w./-]+)`/g)].map((m) => m[1]);
    const links = [...DOMAIN.matchAll(/\]\(([\w.-]+\.md)\)/g)].map((m) => `docs/${m[1]}`);
    expect(paths.length).toBeGreaterThan(40);
    const missing = [...paths, ...links].filter((p) => !existsSync(join(ROOT, p as string)));
    expect(missing).toEqual([]);
  });

  it('names only error codes and constants that the code defines', () => {
    const source = files(join(ROOT, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const codes = new Set(
      [...DOMAIN.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)].map((m) => m[1] as string),
    );
    expect(codes.size).toBeGreaterThan(40);
    const unknown = [...codes].filter((c) => !new RegExp(String.raw`\b${c}\b`).test(source));
    expect(unknown).toEqual([]);
  });
});

describe('the repository', () => {
  const scanned = SCANNED.flatMap((p) => files(join(ROOT, p)))
    .map((f) => ({ path: relative(ROOT, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }))
    .filter((f) => !f.path.startsWith(SELF));
  const cited = scanned.flatMap((f) => citationsIn(f.text).map((c) => ({ ...c, path: f.path })));
  const where = (c: { path: string; line: number }) => `${c.path}:${c.line}`;

  it('cites docs/DOMAIN.md from the code and the docs', () => {
    expect(cited.length).toBeGreaterThan(20);
    expect(new Set(cited.map((c) => c.path)).size).toBeGreaterThan(15);
  });

  it('cites only sections that exist in docs/DOMAIN.md', () => {
    const numbers = new Set(sectionsOf(DOMAIN).map((s) => s.number));
    const dangling = cited.flatMap((c) =>
      c.sections.filter((s) => !numbers.has(s)).map((s) => `${where(c)} §${s}`),
    );
    expect(dangling).toEqual([]);
  });

  it('writes the citation as docs/DOMAIN.md outside docs/, and never as a bare DOMAIN', () => {
    const ambiguous = cited.filter((c) => c.bare || (!c.path.startsWith('docs/') && !c.prefixed)).map(where);
    expect(ambiguous).toEqual([]);
  });

  it('points at nothing beside the repository but the shared data', () => {
    const outside = scanned
      .filter((f) => f.path !== 'README.md')
      .flatMap((f) => f.text.split('\n').map((line, i) => ({ path: f.path, line: i + 1, text: line })))
      .filter((l) => SHARED_NOT_DATA.test(l.text))
      .map(where);
    expect(outside).toEqual([]);
  });
});

/** Text files under a directory (or the file itself), build output and dependencies left out. */
function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return TEXT_FILE.test(path) ? [path] : [];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return SKIPPED_DIRS.has(e.name) ? [] : files(join(path, e.name));
    return TEXT_FILE.test(e.name) ? [join(path, e.name)] : [];
  });
}
