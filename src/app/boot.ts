/**
 * Start-up as a list of named steps over one state: production start-up is
 * its own steps (steps.ts); a variant (the demo, src/demo/start.ts) adds
 * steps at named phases without the production code knowing it. Every
 * resource a step opens registers its closer; a failing step closes all
 * that was opened, newest first.
 */
import type { Config } from '../config/index.js';
import type { Ingest } from '../ingest/ingest.js';
import type { WitnessEndpoint } from '../log/publisher.js';
import type { LogService } from '../services/log/open-log.js';
import type { RegionLoadReport } from '../services/regions/load.js';
import type { DataDirTrust } from '../services/setup/trust.js';
import type { Store } from '../store/index.js';

/** Where an added step runs: after the store is open (and the regions loaded), before or after the log opens, after the ingest. */
export type Phase = 'store' | 'before-log' | 'after-log' | 'after-ingest';

export interface BootState {
  readonly config: Config;
  store?: Store;
  regions?: RegionLoadReport;
  /** Witnesses beyond the configured ones (the demo's local witness). */
  readonly extraWitnesses: WitnessEndpoint[];
  /** The election root's verifier key: from the configuration, or set by a step. */
  rootVkey: string | undefined;
  /** The data directory's trust policy (`saksi init`); the demo makes its own. */
  trust?: DataDirTrust;
  logService?: LogService;
  ingest?: Ingest;
  /** What steps report (the demo's accounts and forms), by step name. */
  readonly reports: Map<string, unknown>;
  readonly closers: Array<() => Promise<void>>;
}

export interface BootStep {
  readonly name: string;
  readonly phase: Phase;
  run(state: BootState): Promise<void>;
}

export function bootState(config: Config): BootState {
  return { config, extraWitnesses: [], rootVkey: config.rootVkey, reports: new Map(), closers: [] };
}

/** Run the steps of one phase, in order. */
export async function runPhase(state: BootState, phase: Phase, steps: readonly BootStep[]): Promise<void> {
  for (const step of steps) if (step.phase === phase) await step.run(state);
}

/** A value a step must have set before a later one needs it. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`start-up: ${what} is not open yet`);
  return value;
}

export async function closeAll(closers: ReadonlyArray<() => Promise<void>>): Promise<void> {
  for (const close of closers) await close().catch(() => undefined);
}
