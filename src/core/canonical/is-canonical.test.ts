import { describe, expect, it } from 'vitest';
import { seededRng } from '../random/index.js';
import type { Rng } from '../random/index.js';
import { canonicalize } from './canonicalize.js';
import { isCanonicalText } from './is-canonical.js';

/** The definition: the text is what the full serialiser writes for its own parse. */
function reference(text: string): boolean {
  try {
    return canonicalize(JSON.parse(text)) === text;
  } catch {
    return false;
  }
}

const check = (text: string) => isCanonicalText(JSON.parse(text), text);

describe('isCanonicalText', () => {
  it.each([
    ['{"a":1,"b":[true,false,null],"c":"x"}', true],
    ['{"b":1,"a":2}', false],
    ['{"a":1, "b":2}', false],
    ['{"a":1,"a":1}', false],
    ['{"a":-0}', false],
    ['{"a":0}', true],
    ['{"a":1.0}', false],
    ['{"a":1e21}', false],
    ['{"a":1e+21}', true],
    ['{"a":0.000001}', true],
    ['{"a":1e-7}', true],
    // Array-index names: JSON.stringify puts "2" before "10", JCS does not.
    ['{"10":1,"2":2}', true],
    ['{"2":2,"10":1}', false],
    ['{"1":{"10":[],"9":{}},"a":"b"}', true],
    ['{"a":"\\u000f"}', true],
    ['{"a":"\\u000F"}', false],
    ['{"a":"\\u0041"}', false],
    ['{"a":"\\ud800"}', false],
    ['{"a":"\\ud83d\\ude00"}', false],
    ['{"a":"😀"}', true],
    ['{"a":"\\/"}', false],
    ['{"a":"/"}', true],
    ['{"\\r":1,"1":2}', true],
    [`${'['.repeat(64)}${']'.repeat(64)}`, true],
    [`${'['.repeat(65)}${']'.repeat(65)}`, false],
  ])('%s → %s (as the full serialiser decides)', (text, expected) => {
    expect(reference(text)).toBe(expected);
    expect(check(text)).toBe(expected);
  });

  it('agrees with the full serialiser on 3,000 generated texts and their variants', () => {
    const rng = seededRng('is-canonical');
    let canonical = 0;
    for (let n = 0; n < 3_000; n++) {
      const value = randomValue(rng, 0);
      const texts = [canonicalize(value), JSON.stringify(value), JSON.stringify(value, null, 1)];
      for (const text of texts) {
        const expected = reference(text);
        if (expected) canonical++;
        expect(check(text), text).toBe(expected);
      }
    }
    expect(canonical).toBeGreaterThan(3_000); // every canonicalize() output, and some stringify() ones
  });
});

const NAMES = ['a', 'b', 'Z', '1', '2', '10', '01', 'é', '€', '😀', '\r', '', 'type', 'body'];
const STRINGS = ['', 'x', 'Kota Batu', '"', '\\', '\n', '\u0001', 'é€😀', '</script>'];
const NUMBERS = [0, 1, -1, 42, 1.5, -0.25, 1e21, 1e-7, 123456789012, 0.1 + 0.2];

function randomValue(rng: Rng, depth: number): unknown {
  const below = (n: number) => rng.int(0, n - 1);
  const kind = depth > 3 ? below(4) : below(6);
  const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)] as T;
  switch (kind) {
    case 0:
      return pick(NUMBERS);
    case 1:
      return pick(STRINGS);
    case 2:
      return pick([true, false, null]);
    case 3:
      return pick(NUMBERS) * 3;
    case 4:
      return Array.from({ length: below(4) }, () => randomValue(rng, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = below(5); i > 0; i--) o[pick(NAMES)] = randomValue(rng, depth + 1);
      return o;
    }
  }
}
