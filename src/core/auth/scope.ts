/**
 * Region scopes. An account acts in one region (a province, kab/kota,
 * kecamatan, desa/kelurahan or TPS, canonical undotted code) or nationally.
 * A target is in scope when its code starts with the scope's code
 * (`isWithin`); only a national scope covers a national target.
 */
import { SaksiError, msg } from '../errors/index.js';
import { isWithin, levelOf, parseRegionCode } from '../regions/index.js';
import type { RegionCode, RegionLevel } from '../regions/index.js';

export type Scope = RegionCode | 'national';
export type ScopeLevel = RegionLevel | 'national';

export const NATIONAL = 'national' as const;

/** Parse a scope from untrusted input: `national` or a region code in either spelling. */
export function parseScope(input: string, field = 'scope'): Scope {
  if (typeof input === 'string' && input.trim().toLowerCase() === NATIONAL) return NATIONAL;
  try {
    return parseRegionCode(input, field);
  } catch (cause) {
    throw new SaksiError(
      'SCOPE_INVALID',
      msg(
        'Cakupan wilayah harus "national" atau kode wilayah/TPS (mis. 35.79 atau 3579011001001).',
        'A scope must be "national" or a region/TPS code (e.g. 35.79 or 3579011001001).',
      ),
      { field, cause },
    );
  }
}

export function scopeLevel(scope: Scope): ScopeLevel {
  return scope === NATIONAL ? NATIONAL : levelOf(scope);
}

/** True when `target` lies within `scope` (a national scope covers everything). */
export function inScope(target: Scope, scope: Scope): boolean {
  if (scope === NATIONAL) return true;
  if (target === NATIONAL) return false;
  return isWithin(target, scope);
}
