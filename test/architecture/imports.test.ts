/**
 * The shape of the code, checked on every run over src/ and web/src/ (`.ts`
 * and `.tsx`): no import cycle between files, nor between modules (a concept
 * of the core, a top folder of src/ or of the web); no import running up the
 * layer table (./layers.ts); the web imports only src/core, src/api and
 * itself, and its applications do not import each other.
 *
 * KNOWN lists what breaks the rules today in folders other engineers are
 * rewriting; each entry must still be true (a fixed one fails the test until
 * it is removed here), and nothing else may break them.
 */
import { describe, expect, it } from 'vitest';
import { cycles, moduleGraph, readGraph } from './graph.js';
import { LAYERS, layerOf, layerViolations, unlayered } from './layers.js';

const KNOWN = {
  /** Module cycles, each as its sorted modules. */
  moduleCycles: [] as string[][],
  layers: [] as string[],
};

/** `found` may hold only what `known` lists, and `known` only what is still found. */
function expectOnlyKnown(found: readonly string[], known: readonly string[]): void {
  const f = new Set(found);
  const k = new Set(known);
  expect({
    new: [...f].filter((x) => !k.has(x)).sort(),
    fixed: [...k].filter((x) => !f.has(x)).sort(),
  }).toEqual({
    new: [],
    fixed: [],
  });
}

describe('architecture', () => {
  const g = readGraph();

  it('reads the whole source tree, src/ and web/, .ts and .tsx', () => {
    expect(g.size).toBeGreaterThan(300);
    expect(g.get('src/server/app.ts')).toContain('src/server/errors/handler.ts');
    expect(g.get('web/src/main.tsx')).toContain('web/src/App.tsx');
    // a dynamic import is read too
    expect(g.get('web/src/App.tsx')).toContain('web/src/console/ConsoleRoot.tsx');
    // every relative import resolved to a file of the tree (or a stylesheet)
    const unresolved = [...g].flatMap(([f, deps]) =>
      deps.filter((d) => !g.has(d) && !d.endsWith('.css')).map((d) => `${f} → ${d}`),
    );
    expect(unresolved).toEqual([]);
  });

  it('has no import cycle between files', () => {
    expect(cycles(g)).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    const { graph, edges } = moduleGraph(g);
    const key = (c: readonly string[]) => c.join(' ⇄ ');
    expectOnlyKnown(cycles(graph).map(key), KNOWN.moduleCycles.map(key));
    // The tally knows nothing of the recap: tallyOf/outcomeOf live in core/recap (tally-of.ts).
    expect(edges.get('src/core/tally → src/core/recap')).toBeUndefined();
  });

  it('puts every file of src/ in a layer of the table', () => {
    expect(unlayered(g)).toEqual([]);
  });

  it('keeps every import down the layer table, the web to src/core and src/api, and siblings apart', () => {
    expectOnlyKnown(layerViolations(g), KNOWN.layers);
  });

  it('keeps core/ free of everything outside core/', () => {
    const leaks = [...g].flatMap(([f, deps]) =>
      f.startsWith('src/core/')
        ? deps.filter((d) => !d.startsWith('src/core/')).map((d) => `${f} → ${d}`)
        : [],
    );
    expect(leaks).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('finds a cycle when there is one', () => {
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

  it('finds a cycle between modules made of files that form none', () => {
    const { graph, edges } = moduleGraph(
      new Map([
        ['src/core/tally/row.ts', ['src/core/recap/status.ts']],
        ['src/core/recap/state.ts', ['src/core/tally/tally.ts']],
        ['src/core/recap/status.ts', []],
        ['src/core/tally/tally.ts', []],
      ]),
    );
    expect(cycles(graph)).toEqual([['src/core/recap', 'src/core/tally']]);
    expect(edges.get('src/core/tally → src/core/recap')).toEqual([
      'src/core/tally/row.ts → src/core/recap/status.ts',
    ]);
  });

  it('reads the layer table from the bottom up', () => {
    expect(LAYERS[0]).toEqual(['src/core']);
    expect(layerOf('src/core/forms/index.ts')).toBe(0);
    expect(layerOf('src/api/portal/results.ts')).toBe(1);
    expect(layerOf('src/server/app.ts')).toBeLessThan(layerOf('src/cli/main.ts'));
    expect(layerOf('src/corex/a.ts')).toBe(-1);
  });

  it('names every kind of broken rule', () => {
    const broken = layerViolations(
      new Map([
        ['src/store/a.ts', ['src/server/app.ts', 'src/core/forms/index.ts']],
        ['src/demo/a.ts', ['src/simulate/b.ts', 'src/demo/c.ts']],
        ['src/core/a.ts', ['web/src/app/api.ts']],
        ['web/src/portal/a.ts', ['src/services/x.ts', 'src/api/portal/results.ts', 'web/src/console/b.ts']],
        ['web/src/console/c.ts', ['web/src/app/i18n.tsx']],
      ]),
    );
    expect(broken).toEqual([
      'up the table: src/store/a.ts → src/server/app.ts',
      'between siblings: src/demo/a.ts → src/simulate/b.ts',
      'src imports web: src/core/a.ts → web/src/app/api.ts',
      'web outside core/api: web/src/portal/a.ts → src/services/x.ts',
      'between siblings: web/src/portal/a.ts → web/src/console/b.ts',
    ]);
  });
});
