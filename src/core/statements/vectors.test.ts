import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nobleCrypto, nobleEd25519Signer } from '../log/crypto-noble.js';
import { decodeHex } from '../log/encoding.js';
import { buildVector } from './vectors.js';
import type { StatementVector } from './vectors.js';
import { parseEnvelope, verifyEnvelope } from './envelope.js';
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
      const env = parseEnvelope(new TextEncoder().encode(v.entry));
      expect(verifyEnvelope(nodeCrypto, env, decodeHex(v.publicKeyHex)!)).toBe(true);
    },
  );
});
