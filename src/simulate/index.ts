/** `saksi simulate`: a simulated election driven through the real ingest path (see simulate.ts). */
export { simulate, dirBytes } from './simulate.js';
export type {
  ContestCheck,
  PhaseFigures,
  PhaseName,
  Probe,
  SimulateOptions,
  SimulationSummary,
} from './simulate.js';
export { CONTEST_SETS, parseScope } from './election.js';
export type { ContestSet, Scope } from './election.js';
export { REGISTRY_SOURCES } from '../synthetic/registry.js';
export type { RegistrySource } from '../synthetic/registry.js';
export { DEFAULT_RATES, NO_INCIDENTS } from '../synthetic/results.js';
export type { ScenarioRates } from '../synthetic/results.js';
export { progressLine, SILENT, fmt, duration } from './progress.js';
export type { Progress } from './progress.js';
