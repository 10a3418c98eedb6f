import { describe, expect, it } from 'vitest';
import { signCheckpoint } from './checkpoint.js';
import {
  COSIGNATURE_SIZE,
  cosignCheckpoint,
  cosignatureKeyId,
  cosignatureMessage,
  cosignatureVerifier,
  parseCosignature,
  requireQuorum,
  verifyCosignatures,
} from './cosignature.js';
import { nobleCrypto } from './crypto-noble.js';
import { concatBytes, decodeBase64, encodeBase64, encodeUtf8, readUint32, writeUint64 } from './encoding.js';
import { SIGNATURE_TYPE_ED25519, noteKeyId, parseVerifierKey } from './note-key.js';
import { formatNote, openNote, parseNote } from './note.js';
import { testLogKey, testWitnessKey } from './testdata/keys.js';

const code = (c: string) => expect.objectContaining({ code: c });
const crypto = nobleCrypto;

/** The example of c2sp.org/tlog-cosignature. */
const SPEC_COSIGNED =
  'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n' +
  '\u2014 example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n' +
  '\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n';

describe('cosignature/v1 byte layout', () => {
  it('reads key ID, timestamp and signature of the spec example', () => {
    const line = parseNote(SPEC_COSIGNED).signatures[1]!;
    expect(line.keyId).toBe(0x8d66cf3f);
    const cosignature = parseCosignature(line);
    expect(cosignature.timestamp).toBe(1679315147); // the "time 1679315147" of the spec's signed message
    expect(cosignature.signature).toHaveLength(64);
  });

  it('reads the timestamp of the transparency-dev/formats test vector', () => {
    const bytes = decodeBase64(
      'ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==',
    )!;
    const line = { name: 'w', keyId: readUint32(bytes, 0), signature: bytes.slice(4) };
    expect(parseCosignature(line).timestamp).toBe(1727964367);
  });

  it('signs the message of the spec: header, time line, whole checkpoint text', () => {
    const text = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
    expect(new TextDecoder().decode(cosignatureMessage(text, 1679315147))).toBe(
      'cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n',
    );
  });

  it('computes key IDs with signature type 0x04', () => {
    const w = testWitnessKey('witness.example/w1', 3);
    const expected = readUint32(
      crypto.sha256(concatBytes(encodeUtf8('witness.example/w1\n'), Uint8Array.of(0x04), w.signer.publicKey)),
      0,
    );
    expect(cosignatureKeyId(crypto, w.name, w.signer.publicKey)).toBe(expected);
    expect(expected).not.toBe(noteKeyId(crypto, w.name, SIGNATURE_TYPE_ED25519, w.signer.publicKey));
    expect(w.key.keyId).toBe(expected);
  });
});

describe('cosigning and quorum', () => {
  const log = testLogKey('saksi.example/log', 1);
  const witnesses = [1, 2, 3].map((i) => testWitnessKey(`witness${i}.example`, 20 + i));
  const keys = witnesses.map((w) => w.key);
  const checkpoint = { origin: log.name, size: 7, rootHash: new Uint8Array(32).fill(1), extensions: [] };
  const signed = signCheckpoint(checkpoint, [log.noteSigner]);
  const cosignBy = (note: string, i: number, time = 1_700_000_000 + i) =>
    cosignCheckpoint(crypto, note, witnesses[i]!.name, witnesses[i]!.signer, time);

  it('produces timestamp ‖ Ed25519(message) after the key ID', () => {
    const note = parseNote(cosignBy(signed, 0, 1234));
    const line = note.signatures[1]!;
    expect(line.signature).toHaveLength(COSIGNATURE_SIZE);
    expect(line.signature.subarray(0, 8)).toEqual(writeUint64(1234n));
    const message = cosignatureMessage(note.text, 1234);
    expect(crypto.verifyEd25519(witnesses[0]!.signer.publicKey, message, line.signature.subarray(8))).toBe(
      true,
    );
  });

  it('counts distinct valid witnesses toward a k-of-n quorum', () => {
    const twice = cosignBy(cosignBy(signed, 0), 2);
    const note = openNote(twice, [log.noteVerifier]);
    expect(verifyCosignatures(crypto, note, keys).map((c) => c.name)).toEqual([
      'witness1.example',
      'witness3.example',
    ]);
    expect(requireQuorum(crypto, note, keys, 2)).toHaveLength(2);
    expect(() => requireQuorum(crypto, note, keys, 3)).toThrow(code('LOG_COSIGNATURE_QUORUM_NOT_MET'));
    expect(requireQuorum(crypto, note, keys, 0)).toHaveLength(2);
  });

  it('counts a witness once even if it cosigned twice', () => {
    const note = parseNote(cosignBy(cosignBy(signed, 0, 10), 0, 11));
    expect(verifyCosignatures(crypto, note, keys)).toHaveLength(1);
    expect(() => requireQuorum(crypto, note, keys, 2)).toThrow(code('LOG_COSIGNATURE_QUORUM_NOT_MET'));
  });

  it('ignores cosignatures by keys outside the policy', () => {
    const stranger = testWitnessKey('witness1.example', 99); // same name, other key: other key ID
    const note = parseNote(cosignCheckpoint(crypto, signed, stranger.name, stranger.signer, 5));
    expect(verifyCosignatures(crypto, note, keys)).toHaveLength(0);
  });

  it('rejects a flipped bit in the timestamp, the signature or the checkpoint', () => {
    const note = parseNote(cosignBy(signed, 0, 1000));
    const line = note.signatures[1]!;
    for (const at of [7, 8, 40]) {
      const signature = Uint8Array.from(line.signature);
      signature[at]! ^= 1;
      const bad = { ...note, signatures: [note.signatures[0]!, { ...line, signature }] };
      expect(() => verifyCosignatures(crypto, bad, keys)).toThrow(code('LOG_NOTE_SIGNATURE_INVALID'));
    }
    const otherText = { ...note, text: note.text.replace('\n7\n', '\n8\n') };
    expect(() => verifyCosignatures(crypto, otherText, keys)).toThrow(code('LOG_NOTE_SIGNATURE_INVALID'));
  });

  it('rejects malformed and out-of-range cosignatures from a known witness', () => {
    const w = witnesses[0]!;
    const short = { name: w.name, keyId: w.key.keyId, signature: new Uint8Array(71) };
    expect(() => verifyCosignatures(crypto, { text: 'x\n', signatures: [short] }, keys)).toThrow(
      code('LOG_COSIGNATURE_MALFORMED'),
    );
    const huge = { ...short, signature: concatBytes(writeUint64(2n ** 63n), new Uint8Array(64)) };
    expect(() => verifyCosignatures(crypto, { text: 'x\n', signatures: [huge] }, keys)).toThrow(
      code('LOG_COSIGNATURE_TIMESTAMP_INVALID'),
    );
    expect(cosignatureVerifier(crypto, w.key).verify(encodeUtf8('x\n'), huge.signature)).toBe(false);
  });

  it('may reject cosignatures dated in the future', () => {
    const note = parseNote(cosignBy(signed, 0, 2_000_000_000));
    expect(() => verifyCosignatures(crypto, note, keys, { notAfter: 1_900_000_000 })).toThrow(
      code('LOG_COSIGNATURE_TIMESTAMP_INVALID'),
    );
  });

  it('accepts a plain Ed25519 vkey for a witness, as transparency-dev/formats does', () => {
    const w = witnesses[1]!;
    const plain = parseVerifierKey(
      crypto,
      `${w.name}+${noteKeyId(crypto, w.name, 1, w.signer.publicKey).toString(16).padStart(8, '0')}+${encodeBase64(concatBytes(Uint8Array.of(1), w.signer.publicKey))}`,
    );
    const note = parseNote(cosignBy(signed, 1));
    expect(verifyCosignatures(crypto, note, [plain])).toHaveLength(1);
  });

  it('cosigned notes still round-trip through the note format', () => {
    const text = cosignBy(cosignBy(signed, 0), 1);
    expect(formatNote(parseNote(text))).toBe(text);
  });
});
