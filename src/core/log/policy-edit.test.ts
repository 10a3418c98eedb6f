import { describe, expect, it } from 'vitest';
import { nodeCrypto, nodeSigner, newSeed } from '../../crypto/node.js';
import { noteKeyPair, parseVerifierKey } from './note-key.js';
import { formatPolicy, parsePolicy } from './policy.js';
import type { TrustPolicy } from './policy.js';
import { addWitness, removeWitness, setQuorum } from './policy-edit.js';
import { generateWitnessKey } from '../../witness/index.js';

const seed = newSeed();
const log = parseVerifierKey(
  nodeCrypto,
  noteKeyPair(nodeCrypto, 'saksi.test/log', seed, nodeSigner(seed).publicKey).vkey,
);
const base: TrustPolicy = { log, logUrl: 'https://saksi.test/log/', witnesses: [], quorum: 0 };
const w1 = generateWitnessKey(nodeCrypto, 'witness.one/w').key.vkey;
const w2 = generateWitnessKey(nodeCrypto, 'witness.two/w').key.vkey;

describe('trust policy edits', () => {
  it('adds witnesses and raises the quorum; the result parses back to itself', () => {
    const p = setQuorum(
      nodeCrypto,
      addWitness(
        nodeCrypto,
        addWitness(nodeCrypto, base, { name: 'one', url: 'https://one.example', vkey: w1 }),
        {
          name: 'two',
          url: 'https://two.example',
          vkey: w2,
        },
      ),
      2,
    );
    expect(p.witnesses.map((w) => [w.name, w.url])).toEqual([
      ['one', 'https://one.example'],
      ['two', 'https://two.example'],
    ]);
    expect(p.quorum).toBe(2);
    expect(parsePolicy(nodeCrypto, formatPolicy(nodeCrypto, p))).toEqual(p);
  });

  it('refuses a second witness of the same name, a bad URL, a non-cosignature key and an impossible quorum', () => {
    const one = addWitness(nodeCrypto, base, { name: 'one', url: 'https://one.example', vkey: w1 });
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as { code: string }).code;
      }
      return 'none';
    };
    expect(code(() => addWitness(nodeCrypto, one, { name: 'one', url: 'https://x.example', vkey: w2 }))).toBe(
      'POLICY_WITNESS_EXISTS',
    );
    expect(code(() => addWitness(nodeCrypto, one, { name: 'x', url: 'ftp://x', vkey: w2 }))).toBe(
      'POLICY_WITNESS_URL_INVALID',
    );
    expect(
      code(() => addWitness(nodeCrypto, one, { name: 'x', url: 'https://x.example', vkey: 'junk' })),
    ).toBe('POLICY_WITNESS_VKEY_INVALID');
    // The log's own Ed25519 key is not a cosignature/v1 key: parsePolicy refuses it.
    const logVkey = noteKeyPair(nodeCrypto, 'saksi.test/log', seed, nodeSigner(seed).publicKey).vkey;
    expect(
      code(() => addWitness(nodeCrypto, one, { name: 'x', url: 'https://x.example', vkey: logVkey })),
    ).toBe('LOG_POLICY_INVALID');
    expect(code(() => setQuorum(nodeCrypto, one, 2))).toBe('POLICY_QUORUM_INVALID');
    expect(code(() => setQuorum(nodeCrypto, one, -1))).toBe('POLICY_QUORUM_INVALID');
    expect(code(() => removeWitness(nodeCrypto, setQuorum(nodeCrypto, one, 1), 'one'))).toBe(
      'POLICY_QUORUM_TOO_HIGH',
    );
    expect(code(() => removeWitness(nodeCrypto, one, 'nobody'))).toBe('POLICY_WITNESS_UNKNOWN');
    expect(removeWitness(nodeCrypto, one, 'one').witnesses).toEqual([]);
  });
});
