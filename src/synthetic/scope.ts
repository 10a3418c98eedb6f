/** What a synthetic election covers: one region (any level) or the whole country. */
import type { RegionCode } from '../core/regions/index.js';

export type Scope = RegionCode | 'national';
