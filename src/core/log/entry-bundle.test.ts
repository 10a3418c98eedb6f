import { describe, expect, it } from 'vitest';
import { nobleCrypto } from './crypto-noble.js';
import { encodeUtf8 } from './encoding.js';
import { MAX_ENTRY_SIZE, encodeEntryBundle, parseEntryBundle } from './entry-bundle.js';
import { hashLeaf } from './hash.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('entry bundles (tlog-tiles "Log entries")', () => {
  it('prefixes each entry with its big-endian uint16 length', () => {
    const bundle = encodeEntryBundle([encodeUtf8('ab'), new Uint8Array(0), new Uint8Array(0x0102)]);
    expect([...bundle.subarray(0, 6)]).toEqual([0x00, 0x02, 0x61, 0x62, 0x00, 0x00]);
    expect([...bundle.subarray(6, 8)]).toEqual([0x01, 0x02]);
    expect(bundle).toHaveLength(2 + 2 + 2 + 2 + 0x0102);
  });

  it('round-trips up to 256 entries of up to 65,535 bytes', () => {
    const entries = Array.from({ length: 256 }, (_, i) => encodeUtf8(`entry ${i}`));
    entries[3] = new Uint8Array(MAX_ENTRY_SIZE).fill(7);
    expect(parseEntryBundle(encodeEntryBundle(entries), 256)).toEqual(entries);
    // Each entry hashes to the matching level-0 tile hash.
    const parsed = parseEntryBundle(encodeEntryBundle(entries));
    expect(parsed.map((e) => hashLeaf(nobleCrypto, e))).toEqual(entries.map((e) => hashLeaf(nobleCrypto, e)));
  });

  it('refuses oversized entries and bundles', () => {
    expect(() => encodeEntryBundle([new Uint8Array(MAX_ENTRY_SIZE + 1)])).toThrow(
      code('LOG_ENTRY_TOO_LARGE'),
    );
    expect(() => encodeEntryBundle(Array.from({ length: 257 }, () => new Uint8Array(1)))).toThrow(
      code('LOG_ENTRY_BUNDLE_MALFORMED'),
    );
    expect(() => encodeEntryBundle([])).toThrow(code('LOG_ENTRY_BUNDLE_MALFORMED'));
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['half a length prefix', Uint8Array.of(0x00)],
    ['truncated entry', Uint8Array.of(0x00, 0x03, 0x61, 0x62)],
    ['trailing byte', Uint8Array.of(0x00, 0x01, 0x61, 0x00)],
    ['257 entries', new Uint8Array(257 * 2)],
  ])('rejects a bundle with %s', (_why, bytes) => {
    expect(() => parseEntryBundle(bytes)).toThrow(code('LOG_ENTRY_BUNDLE_MALFORMED'));
  });

  it('checks the expected width', () => {
    const bundle = encodeEntryBundle([encodeUtf8('a'), encodeUtf8('b')]);
    expect(() => parseEntryBundle(bundle, 3)).toThrow(code('LOG_ENTRY_BUNDLE_MALFORMED'));
  });
});
