import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithSharedData } from '../../../test/support/shared-data.js';
import { nobleCrypto } from './crypto-noble.js';
import { encodeUtf8 } from './encoding.js';
import { ed25519NoteVerifier, parseVerifierKey } from './note-key.js';
import {
  NOTE_MAX_BYTES,
  NOTE_MAX_SIGNATURES,
  cosignNote,
  formatNote,
  openNote,
  parseNote,
  signNote,
} from './note.js';
import { testLogKey } from './testdata/keys.js';

const code = (c: string) => expect.objectContaining({ code: c });

/** The worked example of golang.org/x/mod/sumdb/note, as published in /work/shared/data/vectors/signed-note.json. */
const EXAMPLE_VKEY = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';
const EXAMPLE_NOTE =
  'This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n';

describeWithSharedData('signed-note example from /work/shared/data/vectors/signed-note.json', (dir) => {
  it('verifies with its vkey', () => {
    const v = JSON.parse(readFileSync(join(dir, 'vectors/signed-note.json'), 'utf8')) as {
      vkey: string;
      note: string;
      text: string;
    };
    const verifier = ed25519NoteVerifier(nobleCrypto, parseVerifierKey(nobleCrypto, v.vkey));
    expect(openNote(v.note, [verifier]).text).toBe(v.text);
  });
});

describe('signed notes', () => {
  const example = ed25519NoteVerifier(nobleCrypto, parseVerifierKey(nobleCrypto, EXAMPLE_VKEY));
  const alice = testLogKey('alice.example/log', 1);
  const bob = testLogKey('bob.example/log', 2);

  it('verifies the published example, from text and from bytes', () => {
    expect(openNote(EXAMPLE_NOTE, [example]).text).toBe('This is an example message.\n');
    expect(openNote(encodeUtf8(EXAMPLE_NOTE), [example]).verified).toHaveLength(1);
  });

  it('round-trips parse and format', () => {
    expect(formatNote(parseNote(EXAMPLE_NOTE))).toBe(EXAMPLE_NOTE);
  });

  it('signs, verifies and ignores unknown signers', () => {
    const note = signNote('hello\nworld\n', [alice.noteSigner, bob.noteSigner]);
    expect(openNote(note, [alice.noteVerifier]).verified.map((s) => s.name)).toEqual(['alice.example/log']);
    expect(openNote(note, [alice.noteVerifier, bob.noteVerifier]).verified).toHaveLength(2);
    expect(
      openNote(cosignNote(EXAMPLE_NOTE, [alice.noteSigner]), [example, alice.noteVerifier]).verified,
    ).toHaveLength(2);
  });

  it('keeps empty lines inside the text (split at the last blank line)', () => {
    const note = signNote('a\n\nb\n', [alice.noteSigner]);
    expect(openNote(note, [alice.noteVerifier]).text).toBe('a\n\nb\n');
  });

  it('rejects a note with no trusted signature', () => {
    expect(() => openNote(EXAMPLE_NOTE, [alice.noteVerifier])).toThrow(code('LOG_NOTE_UNVERIFIED'));
  });

  it('rejects a wrong key with the same name and key ID', () => {
    const impostor = { ...alice.noteVerifier, name: 'example.com/foo', keyId: example.keyId };
    expect(() => openNote(EXAMPLE_NOTE, [impostor])).toThrow(code('LOG_NOTE_SIGNATURE_INVALID'));
  });

  it('rejects a flipped bit in the text or in the signature', () => {
    const textFlip = EXAMPLE_NOTE.replace('example message', 'example messagf');
    expect(() => openNote(textFlip, [example])).toThrow(code('LOG_NOTE_SIGNATURE_INVALID'));
    const sigFlip = EXAMPLE_NOTE.replace('Uw2QOkn8', 'Uw2QOkn9');
    expect(() => openNote(sigFlip, [example])).toThrow(code('LOG_NOTE_SIGNATURE_INVALID'));
  });

  it('gives a distinct code to each malformation', () => {
    const cases: [string, string | Uint8Array][] = [
      ['LOG_NOTE_MISSING_BLANK_LINE', 'This is an example message.\n\u2014 example.com/foo AAAAAAA=\n'],
      ['LOG_NOTE_MISSING_BLANK_LINE', 'text\n\n'],
      ['LOG_NOTE_MISSING_BLANK_LINE', EXAMPLE_NOTE.slice(0, -1)],
      ['LOG_NOTE_SIGNATURE_LINE_MALFORMED', 'text\n\n- example.com/foo AAAAAAA=\n'],
      ['LOG_NOTE_SIGNATURE_LINE_MALFORMED', 'text\n\n\u2014 example.com/foo\n'],
      ['LOG_NOTE_SIGNATURE_BASE64_INVALID', 'text\n\n\u2014 example.com/foo !!!!\n'],
      ['LOG_NOTE_SIGNATURE_BASE64_INVALID', 'text\n\n\u2014 example.com/foo AAAA\n'],
      ['LOG_NOTE_SIGNATURE_BASE64_INVALID', 'text\n\n\u2014 example.com/foo AAAAAAA\n'],
      ['LOG_NOTE_SIGNATURE_BASE64_INVALID', 'text\n\n\u2014 example.com/foo AAAAAAA= \n'],
      ['LOG_NOTE_KEY_NAME_INVALID', 'text\n\n\u2014 a+b AAAAAAA=\n'],
      ['LOG_NOTE_KEY_NAME_INVALID', 'text\n\n\u2014  AAAAAAA=\n'],
      ['LOG_NOTE_TEXT_INVALID', 'te\txt\n\n\u2014 example.com/foo AAAAAAA=\n'],
      ['LOG_NOTE_TEXT_INVALID', 'text\r\n\n\u2014 example.com/foo AAAAAAA=\n'],
      ['LOG_NOTE_TEXT_INVALID', Uint8Array.of(0xff, 0x0a, 0x0a)],
      ['LOG_NOTE_TEXT_INVALID', 'text\ud800\n\n\u2014 example.com/foo AAAAAAA=\n'],
      ['LOG_NOTE_TOO_LARGE', 'x'.repeat(NOTE_MAX_BYTES) + '\n\n\u2014 example.com/foo AAAAAAA=\n'],
      ['LOG_NOTE_TOO_LARGE', new Uint8Array(NOTE_MAX_BYTES + 1)],
      [
        'LOG_NOTE_TOO_MANY_SIGNATURES',
        'text\n\n' + '\u2014 example.com/foo AAAAAAA=\n'.repeat(NOTE_MAX_SIGNATURES + 1),
      ],
    ];
    for (const [expected, input] of cases) expect(() => parseNote(input), expected).toThrow(code(expected));
  });

  it('accepts 16 signatures, as the spec requires', () => {
    const signers = Array.from({ length: 16 }, (_, i) => testLogKey(`w${i}.example`, 10 + i));
    const note = signNote(
      'checkpoint\n',
      signers.map((s) => s.noteSigner),
    );
    expect(
      openNote(
        note,
        signers.map((s) => s.noteVerifier),
      ).verified,
    ).toHaveLength(16);
  });

  it('refuses to sign a text without a final newline', () => {
    expect(() => signNote('no newline', [alice.noteSigner])).toThrow(code('LOG_NOTE_TEXT_INVALID'));
  });
});
