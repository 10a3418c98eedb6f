import { describe, expect, it } from 'vitest';
import { signCheckpoint } from './checkpoint.js';
import { cosignCheckpoint } from './cosignature.js';
import { nobleCrypto } from './crypto-noble.js';
import { encodeUtf8 } from './encoding.js';
import { MAX_PROOF_LENGTH, inclusionProof } from './proof.js';
import { formatTlogProof, parseTlogProof, verifyTlogProof } from './proof-bundle.js';
import type { TrustPolicy } from './policy.js';
import { testLogKey, testWitnessKey } from './testdata/keys.js';
import { MemoryTree } from './testdata/tree.js';

const code = (c: string) => expect.objectContaining({ code: c });
const crypto = nobleCrypto;

const log = testLogKey('saksi.example/log', 1);
const witnesses = [1, 2, 3].map((i) => testWitnessKey(`witness${i}.example`, 40 + i));
const policy: TrustPolicy = {
  log: log.key,
  witnesses: witnesses.map((w, i) => ({ name: `w${i}`, key: w.key })),
  quorum: 2,
};

const entries = Array.from({ length: 11 }, (_, i) => encodeUtf8(`C.Hasil TPS ${i}`));
const tree = new MemoryTree(crypto);
entries.forEach((e) => tree.appendEntry(e));
const signed = signCheckpoint(
  { origin: log.name, size: 11, rootHash: tree.referenceRoot(), extensions: [] },
  [log.noteSigner],
);
const cosigned = [0, 2].reduce(
  (note, i) => cosignCheckpoint(crypto, note, witnesses[i]!.name, witnesses[i]!.signer, 1_750_000_000 + i),
  signed,
);

function receipt(index: number, checkpoint = cosigned, extra?: Uint8Array): string {
  return formatTlogProof({
    index,
    inclusionProof: inclusionProof(crypto, index, 11, tree.getNode),
    checkpoint,
    ...(extra === undefined ? {} : { extra }),
  });
}

describe('tlog-proof receipts', () => {
  it('has the c2sp.org/tlog-proof@v1 layout', () => {
    const text = receipt(6, cosigned, encodeUtf8('hi'));
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['c2sp.org/tlog-proof@v1', 'extra aGk=', 'index 6']);
    expect(lines.slice(3, 7).every((l) => /^[A-Za-z0-9+/]{43}=$/.test(l))).toBe(true);
    expect(lines[7]).toBe('');
    expect(text.endsWith(cosigned)).toBe(true);
  });

  it('round-trips', () => {
    const text = receipt(3, cosigned, new Uint8Array(0));
    const parsed = parseTlogProof(text);
    expect(formatTlogProof(parsed)).toBe(text);
    expect(parseTlogProof(encodeUtf8(text))).toEqual(parsed);
  });

  it('verifies every entry against the policy', () => {
    entries.forEach((entry, index) => {
      const verified = verifyTlogProof(crypto, receipt(index), entry, policy);
      expect(verified.index).toBe(index);
      expect(verified.checkpoint.size).toBe(11);
      expect(verified.cosignatures.map((c) => c.name)).toEqual(['witness1.example', 'witness3.example']);
    });
  });

  it('fails for another entry, another index, a missing quorum, or another log', () => {
    expect(() => verifyTlogProof(crypto, receipt(4), entries[5]!, policy)).toThrow(
      code('LOG_INCLUSION_PROOF_INVALID'),
    );
    const moved = receipt(4).replace('index 4', 'index 5');
    expect(() => verifyTlogProof(crypto, moved, entries[4]!, policy)).toThrow(
      code('LOG_INCLUSION_PROOF_INVALID'),
    );
    expect(() => verifyTlogProof(crypto, receipt(4, signed), entries[4]!, policy)).toThrow(
      code('LOG_COSIGNATURE_QUORUM_NOT_MET'),
    );
    expect(() => verifyTlogProof(crypto, receipt(4), entries[4]!, { ...policy, quorum: 3 })).toThrow(
      code('LOG_COSIGNATURE_QUORUM_NOT_MET'),
    );
    const otherLog = testLogKey('saksi.example/log', 9);
    expect(() => verifyTlogProof(crypto, receipt(4), entries[4]!, { ...policy, log: otherLog.key })).toThrow(
      code('LOG_NOTE_UNVERIFIED'),
    );
    const beyond = receipt(4).replace('index 4', 'index 11');
    expect(() => verifyTlogProof(crypto, beyond, entries[4]!, policy)).toThrow(code('LOG_INDEX_INVALID'));
  });

  it('fails when a proof hash has a flipped bit', () => {
    const text = receipt(4);
    const lines = text.split('\n');
    lines[2] = lines[2]!.startsWith('A') ? `B${lines[2]!.slice(1)}` : `A${lines[2]!.slice(1)}`;
    expect(() => verifyTlogProof(crypto, lines.join('\n'), entries[4]!, policy)).toThrow(
      code('LOG_INCLUSION_PROOF_INVALID'),
    );
  });

  it.each([
    ['header', 'c2sp.org/tlog-proof@v2\nindex 0\n\n'],
    ['index', 'c2sp.org/tlog-proof@v1\nindex 01\n\n'],
    ['index', 'c2sp.org/tlog-proof@v1\nindex -1\n\n'],
    ['index', 'c2sp.org/tlog-proof@v1\n\n'],
    ['extra', 'c2sp.org/tlog-proof@v1\nextra !!\nindex 0\n\n'],
    ['inclusionProof[0]', 'c2sp.org/tlog-proof@v1\nindex 0\nAAAA\n\n'],
    ['checkpoint', 'c2sp.org/tlog-proof@v1\nindex 0\n'],
  ])('rejects a malformed %s', (field, text) => {
    expect(() => parseTlogProof(text)).toThrow(
      expect.objectContaining({ code: 'LOG_TLOG_PROOF_MALFORMED', field }),
    );
  });

  it('rejects a checkpoint that is not a note, and too many proof hashes', () => {
    expect(() => parseTlogProof('c2sp.org/tlog-proof@v1\nindex 0\n\nnot a note\n')).toThrow(
      code('LOG_NOTE_MISSING_BLANK_LINE'),
    );
    const hash = `${'A'.repeat(43)}=\n`;
    const long = `c2sp.org/tlog-proof@v1\nindex 0\n${hash.repeat(MAX_PROOF_LENGTH + 1)}\n${signed}`;
    expect(() => parseTlogProof(long)).toThrow(code('LOG_PROOF_TOO_LONG'));
  });
});
