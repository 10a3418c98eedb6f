/**
 * The shape of the code, checked on every run: no import cycles anywhere in
 * src/, and dependencies point down only — core/ imports nothing outside
 * core/ (it must run in the browser and the verifier), and nothing below the
 * server imports the server or the CLI. Imports are read from the sources
 * (static `import … from '…'` and `export … from '…'`, type-only included).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.contract.ts')
      ? [p]
      : [];
  });
}

function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(IMPORT)].map((m) =>
      resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')),
    );
    g.set(rel(file), deps.filter((d) => d.startsWith(SRC)).map(rel));
  }
  return g;
}

const rel = (p: string) => relative(SRC, p).split('\\').join('/');

/** Every cycle as the list of files around it (Tarjan's strongly connected components). */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (g.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('architecture', () => {
  const g = graph();

  it('reads the whole source tree', () => {
    expect(g.size).toBeGreaterThan(100);
    expect(g.get('server/app.ts')).toContain('server/errors/handler.ts');
  });

  it('has no import cycles', () => {
    expect(cycles(g)).toEqual([]);
  });

  it('keeps core/ free of everything outside core/', () => {
    const leaks = [...g].flatMap(([f, deps]) =>
      f.startsWith('core/') ? deps.filter((d) => !d.startsWith('core/')).map((d) => `${f} → ${d}`) : [],
    );
    expect(leaks).toEqual([]);
  });

  it('keeps the layers below the server from importing the server or the CLI', () => {
    const below = ['core/', 'store/', 'log/', 'ingest/', 'crypto/', 'witness/', 'verify/'];
    const leaks = [...g].flatMap(([f, deps]) =>
      below.some((b) => f.startsWith(b))
        ? deps.filter((d) => d.startsWith('server/') || d.startsWith('cli/')).map((d) => `${f} → ${d}`)
        : [],
    );
    expect(leaks).toEqual([]);
  });

  it('detects a cycle when there is one (the checker itself works)', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });
});
