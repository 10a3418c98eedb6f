/**
 * Region codes. Kemendagri writes them dotted (`35.79.01.1001`), KPU's Sirekap
 * undotted (`3579011001`), and a TPS as the desa code plus 3 digits
 * (`3579011001001`). Saksi's canonical form is the undotted one: it is what
 * Sirekap-compatible paths use and it sorts and prefixes naturally. Both
 * spellings are accepted on input; `formatDotted` gives the official display.
 */
import { SaksiError, msg } from '../errors/index.js';

export type RegionLevel = 'province' | 'regency' | 'district' | 'village' | 'tps';

/** Canonical (undotted) region code, e.g. `3579` or `3579011001`. */
export type RegionCode = string & { readonly __brand: 'RegionCode' };

/** Undotted length of each level's code. */
export const CODE_LENGTH: Readonly<Record<RegionLevel, number>> = {
  province: 2,
  regency: 4,
  district: 6,
  village: 10,
  tps: 13,
};

export const LEVELS: readonly RegionLevel[] = ['province', 'regency', 'district', 'village', 'tps'];

const LEVEL_BY_LENGTH = new Map<number, RegionLevel>(LEVELS.map((l) => [CODE_LENGTH[l], l]));

/** Dotted spellings: 35 · 35.79 · 35.79.01 · 35.79.01.1001 · 35.79.01.1001.001 (TPS). */
const DOTTED = /^(\d{2})(?:\.(\d{2})(?:\.(\d{2})(?:\.(\d{4})(?:\.(\d{3}))?)?)?)?$/;
const UNDOTTED = /^\d{2}(?:\d{2}(?:\d{2}(?:\d{4}(?:\d{3})?)?)?)?$/;

const MAX_INPUT = 32;

/**
 * Parse a region code in either spelling. Input is untrusted (URLs, imports):
 * the length is bounded and only digits and dots in the official groupings pass.
 */
export function parseRegionCode(input: string, field = 'code'): RegionCode {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text.length === 0 || text.length > MAX_INPUT) throw invalid(input, field);
  if (UNDOTTED.test(text)) return text as RegionCode;
  const m = DOTTED.exec(text);
  if (m === null) throw invalid(input, field);
  return m
    .slice(1)
    .filter((g) => g !== undefined)
    .join('') as RegionCode;
}

/** True when the text is a region code in either spelling. */
export function isRegionCode(input: string): boolean {
  try {
    parseRegionCode(input);
    return true;
  } catch {
    return false;
  }
}

export function levelOf(code: RegionCode): RegionLevel {
  const level = LEVEL_BY_LENGTH.get(code.length);
  if (level === undefined) throw invalid(code, 'code');
  return level;
}

/** The parent's code, or null for a province. */
export function parentOf(code: RegionCode): RegionCode | null {
  const level = levelOf(code);
  const i = LEVELS.indexOf(level);
  if (i === 0) return null;
  return code.slice(0, CODE_LENGTH[LEVELS[i - 1] as RegionLevel]) as RegionCode;
}

/** Codes of the region and every ancestor, from the province down. */
export function ancestry(code: RegionCode): RegionCode[] {
  const out: RegionCode[] = [];
  for (let c: RegionCode | null = code; c !== null; c = parentOf(c)) out.unshift(c);
  return out;
}

/** True when `inner` lies within `outer` (or equals it). */
export function isWithin(inner: RegionCode, outer: RegionCode): boolean {
  return inner.startsWith(outer);
}

/** The official dotted display: `3579011001` → `35.79.01.1001`. */
export function formatDotted(code: RegionCode): string {
  const parts = [code.slice(0, 2), code.slice(2, 4), code.slice(4, 6), code.slice(6, 10), code.slice(10, 13)];
  return parts.filter((p) => p.length > 0).join('.');
}

/** A TPS code from a desa code and a TPS number (1–999). */
export function tpsCode(village: RegionCode, tpsNumber: number): RegionCode {
  if (levelOf(village) !== 'village') throw invalid(village, 'village');
  if (!Number.isInteger(tpsNumber) || tpsNumber < 1 || tpsNumber > 999) {
    throw new SaksiError(
      'TPS_NUMBER_INVALID',
      msg('Nomor TPS harus bilangan bulat 1–999.', 'TPS number must be an integer from 1 to 999.'),
      { field: 'number' },
    );
  }
  return (village + String(tpsNumber).padStart(3, '0')) as RegionCode;
}

function invalid(input: unknown, field: string): SaksiError {
  const shown = typeof input === 'string' ? input.slice(0, MAX_INPUT) : typeof input;
  return new SaksiError(
    'REGION_CODE_INVALID',
    msg(
      `Kode wilayah "${shown}" tidak sah: gunakan kode Kemendagri (35.79.01) atau Sirekap (357901).`,
      `Region code "${shown}" is not valid: use a Kemendagri (35.79.01) or Sirekap (357901) code.`,
    ),
    { field },
  );
}
