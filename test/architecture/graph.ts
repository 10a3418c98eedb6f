/**
 * The import graph of the sources the architecture test checks: src/ and
 * web/src/, `.ts` and `.tsx`, tests and contract suites left out. Imports are
 * read from the text (static `import … from '…'`, `export … from '…'`,
 * side-effect `import '…'` and dynamic `import('…')`, type-only included) and
 * resolved as TypeScript and Vite do (`.js` → `.ts`/`.tsx`, folder → index).
 * Node names are paths relative to the repository, e.g. `src/core/forms/index.ts`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export type Graph = ReadonlyMap<string, readonly string[]>;

export const REPO = resolve(import.meta.dirname, '../..');
const ROOTS = ['src', 'web/src'];
const IMPORT =
  /(?:^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?|\bimport\(\s*)['"](\.{1,2}\/[^'"]+)['"]/gm;
const SOURCE = /\.tsx?$/;
const SKIPPED = /\.(?:test|contract)\.tsx?$|\.d\.ts$/;

export function readGraph(): Graph {
  const g = new Map<string, string[]>();
  for (const file of ROOTS.flatMap((r) => sources(join(REPO, r)))) {
    const text = readFileSync(file, 'utf8');
    g.set(
      rel(file),
      [...text.matchAll(IMPORT)].map((m) => rel(resolveImport(file, m[1] as string))),
    );
  }
  return g;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(p);
    return SOURCE.test(e.name) && !SKIPPED.test(e.name) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  const candidates = [`${base}.ts`, `${base}.tsx`, base, join(base, 'index.ts'), join(base, 'index.tsx')];
  // Unresolved: named as written, so that the test lists it (it is no file of the graph).
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? `${base} (unresolved: ${spec})`;
}

const rel = (p: string) => relative(REPO, p).split('\\').join('/');

/**
 * The module a file belongs to, for the cycle check between modules: a
 * concept of the core (`src/core/recap`), a top folder of src/ (`src/server`)
 * or of the web (`web/src/portal`). Files directly in web/src/ (the entry
 * and the shell) are the module `web/src`.
 */
export function moduleOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'web') return parts.length > 3 ? parts.slice(0, 3).join('/') : 'web/src';
  if (parts[1] === 'core' && parts.length > 3) return parts.slice(0, 3).join('/');
  return parts.slice(0, 2).join('/');
}

/** The graph between modules, with the file-level edges that make up each module edge. */
export function moduleGraph(g: Graph): { graph: Graph; edges: Map<string, string[]> } {
  const graph = new Map<string, Set<string>>();
  const edges = new Map<string, string[]>();
  for (const [file, deps] of g) {
    const a = moduleOf(file);
    const out = graph.get(a) ?? new Set<string>();
    graph.set(a, out);
    for (const dep of deps) {
      const b = moduleOf(dep);
      if (a === b || !g.has(dep)) continue;
      out.add(b);
      edges.set(`${a} → ${b}`, [...(edges.get(`${a} → ${b}`) ?? []), `${file} → ${dep}`]);
    }
  }
  return { graph: new Map([...graph].map(([k, v]) => [k, [...v].sort()])), edges };
}

/** Every cycle as the sorted list of nodes around it (Tarjan's strongly connected components). */
export function cycles(g: Graph): string[][] {
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
