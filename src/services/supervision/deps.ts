/** What the supervision services need, passed in: the store, the clock, randomness, deadlines, evidence files. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { DeadlineConfig } from '../../core/supervision/index.js';
import { DEFAULT_DEADLINES } from '../../core/supervision/index.js';
import type { Store } from '../../store/index.js';
import type { EvidenceStore } from './evidence-store.js';

export interface SupervisionDeps {
  readonly store: Store;
  readonly clock: () => Date;
  readonly deadlines: DeadlineConfig;
  readonly randomBytes: (n: number) => Uint8Array;
  readonly newId: () => string;
  /** Where evidence files go; null when the server has no data directory (then evidence is refused). */
  readonly evidence: EvidenceStore | null;
}

export function supervisionDeps(
  store: Store,
  given: Partial<Omit<SupervisionDeps, 'store'>> = {},
): SupervisionDeps {
  return {
    store,
    clock: given.clock ?? (() => new Date()),
    deadlines: given.deadlines ?? DEFAULT_DEADLINES,
    randomBytes: given.randomBytes ?? ((n) => randomBytes(n)),
    newId: given.newId ?? (() => randomUUID()),
    evidence: given.evidence ?? null,
  };
}
