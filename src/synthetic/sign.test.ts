import { describe, expect, it } from 'vitest';
import { makeValidCHasil } from '../core/forms/index.js';
import { keyIdOf, parseEnvelope, sealStatement, verifyEnvelope } from '../core/statements/index.js';
import { nodeCrypto } from '../crypto/node.js';
import { newSimSigner, seal } from './sign.js';

describe('seal', () => {
  it('gives sealStatement’s bytes exactly, which parse as canonical and verify', () => {
    const signer = newSimSigner();
    expect(signer.keyId).toBe(keyIdOf(nodeCrypto, signer.publicKey));
    for (const [type, body] of [
      ['form.chasil', makeValidCHasil({ tps: '3579011001002' })],
      [
        'key.register',
        { publicKey: 'AAAA', role: 'kpps', scope: { region: '3579011001002' }, name: 'KPPS "ü" \n' },
      ],
    ] as const) {
      const ours = seal(signer, type, body);
      expect(Buffer.from(ours).equals(Buffer.from(sealStatement(nodeCrypto, signer, type, body)))).toBe(true);
      const env = parseEnvelope(ours);
      expect(verifyEnvelope(nodeCrypto, env, signer.publicKey)).toBe(true);
    }
  });
});
