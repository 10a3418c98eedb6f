/**
 * The first view must be fast on a phone over a slow network: the JS it
 * loads before anything shows — the entry chunk and its static imports,
 * gzipped — stays under 300 KB. ECharts, the verifier and the other pages
 * load lazily in chunks of their own. Reads dist/web/.vite/manifest.json
 * (`build.manifest` in web/vite.config.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const WEB = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../dist/web');
const MANIFEST = join(WEB, '.vite', 'manifest.json');
const BUDGET = 300 * 1024;

interface Chunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/** The chunk and everything it imports statically, transitively. */
function staticClosure(manifest: Record<string, Chunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const k of manifest[key]?.imports ?? []) staticClosure(manifest, k, seen);
  return seen;
}

const built = existsSync(MANIFEST);
if (!built && process.env.CI === 'true') throw new Error(`${MANIFEST} missing: run npm run build`);

describe.skipIf(!built)('first view JS budget', () => {
  const manifest = built ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>) : {};
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry === true)?.[0] ?? 'index.html';
  const first = staticClosure(manifest, entry);
  const gz = (key: string) =>
    gzipSync(readFileSync(join(WEB, manifest[key]?.file ?? '')), { level: 9 }).length;

  it('loads under 300 KB of gzipped JS before the first paint', () => {
    const total = [...first]
      .filter((k) => manifest[k]?.file.endsWith('.js'))
      .reduce((sum, k) => sum + gz(k), 0);
    console.info(`first view JS: ${(total / 1024).toFixed(1)} KB gzip in ${first.size} chunk(s)`);
    expect(total).toBeLessThan(BUDGET);
  });

  it('keeps ECharts, the verifier and the officer console out of the first view', () => {
    const lazy = [
      'src/app/components/PairShareChart.tsx',
      'src/portal/tps/verify-entry.ts',
      'src/console/ConsoleRoot.tsx',
    ];
    for (const key of lazy) {
      expect(manifest[key], key).toBeDefined();
      expect(first.has(key), key).toBe(false);
    }
  });
});
