import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nobleCrypto, nobleEd25519Signer } from '../log/crypto-noble.js';
import { decodeHex } from '../log/encoding.js';
import { buildVector } from './vectors.js';
import type { StatementVector } from './vectors.js';
import { parseEnvelope, signedMessage, signedMessageOfEntry, verifyEnvelope } from './envelope.js';
import { nodeCrypto, nodeSigner } from '../../crypto/node.js';

const file = new URL('../../../docs/vectors/statements.json', import.meta.url);
const vectors = JSON.parse(readFileSync(file, 'utf8')) as StatementVector[];

describe('docs/vectors/statements.json', () => {
  it('has vectors', () => expect(vectors.length).toBeGreaterThanOrEqual(3));

  it.each(vectors.map((v) => [v.name, v] as const))(
    '%s is reproduced byte for byte by the code (node and noble)',
    (_n, v) => {
      const seed = decodeHex(v.seedHex)!;
      for (const [crypto, signer] of [
        [nodeCrypto, nodeSigner(seed)],
        [nobleCrypto, nobleEd25519Signer(seed)],
      ] as const) {
        expect(buildVector(crypto, v.name, v.seedHex, signer, v.type, v.body)).toEqual(v);
      }
      const entry = new TextEncoder().encode(v.entry);
      const env = parseEnvelope(entry);
      expect(verifyEnvelope(nodeCrypto, env, decodeHex(v.publicKeyHex)!)).toBe(true);
      // The signed bytes sliced from the entry are those encoded afresh.
      expect(signedMessageOfEntry(entry, env)).toEqual(signedMessage(env.type, env.body));
    },
  );
});

describe('parseEnvelope refuses entries that are not canonical', () => {
  const v = vectors[0] as StatementVector;
  const variants: Array<[string, string]> = [
    ['a space after a colon', v.entry.replace('"v":1', '"v": 1')],
    [
      'keys out of order',
      v.entry.replace(/^\{"body":(.*),"keyId":("[0-9a-f]{32}")/, '{"keyId":$2,"body":$1'),
    ],
    [
      'a needless escape',
      v.entry.replace(/"keyId":"(.)/, (_m, c: string) => `"keyId":"\\u00${c.charCodeAt(0).toString(16)}`),
    ],
    ['a trailing newline', `${v.entry}\n`],
    ['a number written 1.0', v.entry.replace('"v":1}', '"v":1.0}')],
  ];
  it.each(variants)('%s', (_name, text) => {
    expect(text).not.toBe(v.entry);
    expect(() => parseEnvelope(new TextEncoder().encode(text))).toThrow(
      expect.objectContaining({
        code: expect.stringMatching(/^ENTRY_(NOT_CANONICAL|SHAPE_INVALID|VERSION_UNKNOWN)$/),
      }),
    );
  });
});

describe('parseEnvelope and a byte-order mark', () => {
  it('refuses an entry that starts with one (it would hash differently from the canonical entry)', () => {
    const v = vectors[0] as StatementVector;
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(v.entry)]);
    expect(() => parseEnvelope(bom)).toThrow(expect.objectContaining({ code: 'ENTRY_NOT_JSON' }));
  });
});
