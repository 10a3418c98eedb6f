/**
 * The layer table (docs: README's development section, the house's issue 13)
 * as data, and the rules read from it. A file may import its own layer and
 * the layers below it, never one above; `src/demo` and `src/simulate` share
 * a layer and must not import each other; nothing in src/ imports the web.
 * The web imports only `src/core`, `src/api` and itself, and its three
 * applications (portal, console, supervision) do not import each other:
 * what they share lives in a shared web folder (`web/src/app`,
 * `web/src/session`).
 */
import type { Graph } from './graph.js';

/** Lowest first. A folder listed here may be absent (`src/api`, `src/app` when not yet created). */
export const LAYERS: readonly (readonly string[])[] = [
  ['src/core'],
  ['src/api'],
  ['src/crypto', 'src/store', 'src/log'],
  ['src/ingest', 'src/witness', 'src/verify', 'src/config'],
  ['src/services', 'src/synthetic'],
  ['src/server'],
  ['src/app'],
  ['src/demo', 'src/simulate'],
  ['src/cli'],
];

/** Folders of one layer that must not import each other. */
export const APART: readonly (readonly string[])[] = [
  ['src/demo', 'src/simulate'],
  ['web/src/portal', 'web/src/console', 'web/src/supervision'],
];

/** What the web may import besides itself. */
export const WEB_MAY_IMPORT = ['src/core', 'src/api'];

const under = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

/** The layer of a file in src/ (its index in LAYERS), or -1 when no layer holds it. */
export function layerOf(file: string): number {
  return LAYERS.findIndex((folders) => folders.some((f) => under(file, f)));
}

/** Every file of src/ that no layer holds. */
export function unlayered(g: Graph): string[] {
  return [...g.keys()].filter((f) => f.startsWith('src/') && layerOf(f) < 0);
}

/** Every import that breaks the table, as `rule: from → to`. */
export function layerViolations(g: Graph): string[] {
  const out: string[] = [];
  for (const [file, deps] of g)
    for (const dep of deps) {
      const broken = ruleBroken(file, dep);
      if (broken !== null) out.push(`${broken}: ${file} → ${dep}`);
    }
  return out;
}

function ruleBroken(file: string, dep: string): string | null {
  if (file.startsWith('web/')) {
    if (!dep.startsWith('web/') && !WEB_MAY_IMPORT.some((f) => under(dep, f))) return 'web outside core/api';
  } else if (dep.startsWith('web/')) return 'src imports web';
  else if (layerOf(dep) > layerOf(file)) return 'up the table';
  const apart = APART.find((group) => group.some((f) => under(file, f)) && group.some((f) => under(dep, f)));
  if (apart !== undefined && apart.findIndex((f) => under(file, f)) !== apart.findIndex((f) => under(dep, f)))
    return 'between siblings';
  return null;
}
