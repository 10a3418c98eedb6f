import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TRACKING_ALPHABET, newTrackingCode, parseTrackingCode } from './tracking.js';

describe('tracking codes', () => {
  it('are three groups of readable characters that parse back', () => {
    for (let i = 0; i < 200; i++) {
      const code = newTrackingCode((n) => randomBytes(n));
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      expect(parseTrackingCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    }
    expect(TRACKING_ALPHABET).not.toMatch(/[01OIL]/);
  });
  it('rejects every single mistyped character and every neighbour swap', () => {
    const code = newTrackingCode(() => Uint8Array.from({ length: 16 }, (_, i) => i * 7));
    const clean = code.replace(/-/g, '');
    for (let i = 0; i < clean.length; i++)
      for (const c of TRACKING_ALPHABET) {
        if (c === clean[i]) continue;
        const typo = clean.slice(0, i) + c + clean.slice(i + 1);
        expect(() => parseTrackingCode(typo)).toThrowError(
          expect.objectContaining({ code: 'TRACKING_CODE_INVALID' }),
        );
      }
    let caught = 0;
    for (let i = 0; i + 1 < clean.length; i++) {
      if (clean[i] === clean[i + 1]) continue;
      const swapped = clean.slice(0, i) + clean[i + 1] + clean[i] + clean.slice(i + 2);
      try {
        parseTrackingCode(swapped);
      } catch {
        caught += 1;
      }
    }
    expect(caught).toBe([...clean].filter((c, i) => i + 1 < clean.length && c !== clean[i + 1]).length);
  });
  it('refuses hostile input with a field', () => {
    for (const bad of ['', 'x'.repeat(1000), '0000-0000-0000', '<script>'])
      expect(() => parseTrackingCode(bad)).toThrowError(
        expect.objectContaining({ code: 'TRACKING_CODE_INVALID', field: 'code' }),
      );
  });
});
