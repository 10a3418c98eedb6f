/**
 * The demo's vulnerability map (kerawanan) of Kota Batu, so a newcomer sees
 * /pengawasan/kerawanan filled on first start: every TPS of the city
 * assessed with Bawaslu's TPS instrument (TPS_2024) a week before voting
 * day, through the same service (scored, audited) an officer's entry takes.
 * The answers are generated, deterministically: most TPS show a few
 * indicators, two kelurahan many. Idempotent (a meta mark).
 */
import { randomUUID } from 'node:crypto';
import { TPS_2024, indicatorsOf } from '../core/kerawanan/index.js';
import { seededRng } from '../core/random/index.js';
import type { RegionCode } from '../core/regions/index.js';
import { SYSTEM } from '../services/accounts/origin.js';
import { createEntry } from '../services/kerawanan/entries.js';
import type { Store } from '../store/index.js';
import { tpsInScope } from '../synthetic/registry.js';

const MARK = 'demo.kerawanan';
const REGENCY = '3579' as RegionCode;
const ASSESSED_ON = '2024-11-20';
/** Share of TPS showing an indicator, and in the two hotspot kelurahan. */
const BASE_RATE = 0.07;
const HOTSPOT_RATE = 0.4;

export interface DemoKerawananReport {
  readonly created: boolean;
  readonly entries: number;
}

export async function ensureDemoKerawanan(store: Store, now: Date): Promise<DemoKerawananReport> {
  if ((await store.meta.get(MARK)) !== undefined) return { created: false, entries: 0 };
  const tps = await tpsInScope(store, REGENCY);
  const villages = [...new Set(tps.map((t) => t.village))].sort();
  const hotspots = new Set([villages[3], villages[Math.floor(villages.length / 2)]]);
  const rng = seededRng('saksi-demo-kerawanan');
  const indicators = indicatorsOf(TPS_2024);
  const deps = { store, clock: () => now, newId: () => randomUUID() };
  for (const t of tps) {
    const rate = hotspots.has(t.village) ? HOTSPOT_RATE : BASE_RATE;
    const answers = Object.fromEntries(indicators.map((i) => [i.id, rng.next() < rate]));
    await createEntry(deps, SYSTEM, {
      instrumentId: TPS_2024.id,
      region: t.code,
      answers,
      assessedOn: ASSESSED_ON,
      evidence: 'Data demo: penilaian dibuat acak, bukan hasil pemetaan Bawaslu.',
    });
  }
  await store.meta.set(MARK, String(tps.length));
  return { created: true, entries: tps.length };
}
