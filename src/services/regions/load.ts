/**
 * Load the official regions on first start (and after an upgrade of the
 * pinned package). Idempotent: a database that already holds this version
 * is left alone; codes that KPU data added are never removed.
 */
import type { Store } from '../../store/index.js';
import { officialSource, readOfficialRegions } from './official.js';

export interface RegionLoadReport {
  readonly loaded: boolean;
  readonly source: string;
  readonly counts: Awaited<ReturnType<Store['regions']['counts']>>;
  readonly ms: number;
}

const META_KEY = 'regions.source';

export async function ensureRegionsLoaded(
  store: Store,
  clock: () => number = Date.now,
): Promise<RegionLoadReport> {
  const start = clock();
  const source = officialSource();
  const tag = `${source.name}@${source.version}`;
  const loaded = (await store.meta.get(META_KEY)) !== tag;
  if (loaded) {
    await store.regions.insertMany(await readOfficialRegions(source));
    await store.meta.set(META_KEY, tag);
  }
  return { loaded, source: tag, counts: await store.regions.counts(), ms: clock() - start };
}
