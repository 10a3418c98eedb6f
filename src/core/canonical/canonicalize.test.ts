import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalize } from './canonicalize.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('RFC 8785 examples', () => {
  it('§3.2.2: the combined sample', () => {
    const input = JSON.parse(String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`) as unknown;
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(canonicalize(input)).toBe(expected);
  });

  it('§3.2.4: the UTF-8 bytes of the combined sample', () => {
    const bytes = canonicalBytes({ literals: [null, true, false], string: '\u20ac$' });
    const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
    // "€" is e2 82 ac, as in the RFC's hex dump.
    expect(hex).toBe(
      '7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72 75 65 2c 66 61 6c 73 65 5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 22 7d',
    );
  });

  it('§3.2.3: sorting by UTF-16 code units', () => {
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`) as unknown;
    const expected =
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
      '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}';
    expect(canonicalize(input)).toBe(expected);
  });

  it('cyberphone/json-canonicalization testdata weird.json', () => {
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign",
      "1": "One",
      "\u0080": "Control\u007f",
      "\ud83d\ude02": "Smiley",
      "\u00f6": "Latin Small Letter O With Diaeresis",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "</script>": "Browser Challenge"
    }`) as unknown;
    expect(canonicalize(input)).toBe(
      '{"1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude02":"Smiley","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  // Appendix B: IEEE 754 bit patterns and their canonical text.
  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('Appendix B: 0x%s → %s', (bits, expected) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt(`0x${bits}`));
    expect(canonicalize(view.getFloat64(0))).toBe(expected);
  });

  it.each([
    ['7fffffffffffffff', 'NaN'],
    ['7ff0000000000000', 'Infinity'],
  ])('Appendix B: 0x%s (%s) is an error', (bits) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt(`0x${bits}`));
    expect(() => canonicalize(view.getFloat64(0))).toThrow(code('CANONICAL_JSON_NUMBER_NOT_FINITE'));
  });
});

describe('canonicalize', () => {
  it('sorts nested objects, keeps array order and omits undefined members', () => {
    expect(canonicalize({ b: [3, { z: 1, a: undefined, m: 'x' }], a: { d: null, c: true } })).toBe(
      '{"a":{"c":true,"d":null},"b":[3,{"m":"x","z":1}]}',
    );
  });

  it('escapes control characters like JSON.stringify, in lower-case hex', () => {
    expect(canonicalize('\u0000\b\t\n\f\r\u001f"\\/\u007f')).toBe(
      '"\\u0000\\b\\t\\n\\f\\r\\u001f\\"\\\\/\u007f"',
    );
  });

  it('gives the same bytes whatever the member order', () => {
    expect(canonicalBytes({ tps: '3579010001001', suara: { a: 1, b: 2 } })).toEqual(
      canonicalBytes({ suara: { b: 2, a: 1 }, tps: '3579010001001' }),
    );
  });

  it('rejects what JSON cannot express exactly', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const cases: [string, unknown][] = [
      ['CANONICAL_JSON_NUMBER_NOT_FINITE', { n: Number.NaN }],
      ['CANONICAL_JSON_NUMBER_NOT_FINITE', [-Infinity]],
      ['CANONICAL_JSON_LONE_SURROGATE', 'a\ud800'],
      ['CANONICAL_JSON_LONE_SURROGATE', { '\udc00': 1 }],
      ['CANONICAL_JSON_UNSUPPORTED_VALUE', 1n],
      ['CANONICAL_JSON_UNSUPPORTED_VALUE', [undefined]],
      ['CANONICAL_JSON_UNSUPPORTED_VALUE', undefined],
      ['CANONICAL_JSON_UNSUPPORTED_VALUE', new Date(0)],
      ['CANONICAL_JSON_UNSUPPORTED_VALUE', new Map()],
      ['CANONICAL_JSON_UNSUPPORTED_VALUE', { f: () => 1 }],
      ['CANONICAL_JSON_UNSUPPORTED_VALUE', Symbol('s')],
      ['CANONICAL_JSON_TOO_DEEP', cyclic],
    ];
    for (const [expected, value] of cases)
      expect(() => canonicalize(value), expected).toThrow(code(expected));
  });

  it('names the path of the offending value', () => {
    expect(() => canonicalize({ a: [1, { b: Number.NaN }] })).toThrow(
      expect.objectContaining({ field: '$.a[1].b' }),
    );
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: 2 });
    expect(canonicalize(bare)).toBe('{"a":2,"b":1}');
  });
});
