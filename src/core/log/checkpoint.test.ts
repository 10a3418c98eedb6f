import { describe, expect, it } from 'vitest';
import {
  checkpointOfNote,
  formatCheckpoint,
  openCheckpoint,
  parseCheckpoint,
  signCheckpoint,
} from './checkpoint.js';
import { decodeBase64 } from './encoding.js';
import { signNote } from './note.js';
import { testLogKey } from './testdata/keys.js';

const code = (c: string) => expect.objectContaining({ code: c });

/** The example of c2sp.org/tlog-checkpoint. */
const SPEC_TEXT = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';

describe('checkpoint text', () => {
  it('parses and formats the spec example', () => {
    const checkpoint = parseCheckpoint(SPEC_TEXT);
    expect(checkpoint).toEqual({
      origin: 'example.com/behind-the-sofa',
      size: 20852163,
      rootHash: decodeBase64('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I='),
      extensions: [],
    });
    expect(formatCheckpoint(checkpoint)).toBe(SPEC_TEXT);
  });

  it('keeps extension lines', () => {
    const text = `${SPEC_TEXT}ext one\next two\n`;
    expect(parseCheckpoint(text).extensions).toEqual(['ext one', 'ext two']);
    expect(formatCheckpoint(parseCheckpoint(text))).toBe(text);
  });

  it('accepts the empty tree and the largest safe size', () => {
    const root = 'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=';
    expect(parseCheckpoint(`o\n0\n${root}\n`).size).toBe(0);
    expect(parseCheckpoint(`o\n9007199254740991\n${root}\n`).size).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    ['LOG_CHECKPOINT_MALFORMED', SPEC_TEXT.slice(0, -1)],
    ['LOG_CHECKPOINT_MALFORMED', 'example.com/log\n5\n'],
    ['LOG_CHECKPOINT_MALFORMED', '\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'],
    ['LOG_CHECKPOINT_MALFORMED', `${SPEC_TEXT}\n`],
    ['LOG_CHECKPOINT_SIZE_INVALID', 'o\n05\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'],
    ['LOG_CHECKPOINT_SIZE_INVALID', 'o\n-5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'],
    ['LOG_CHECKPOINT_SIZE_INVALID', 'o\n1e3\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'],
    ['LOG_CHECKPOINT_SIZE_INVALID', 'o\n+5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'],
    ['LOG_CHECKPOINT_SIZE_INVALID', 'o\n9007199254740992\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n'],
    ['LOG_CHECKPOINT_ROOT_INVALID', 'o\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2=\n'],
    ['LOG_CHECKPOINT_ROOT_INVALID', 'o\n5\nCsUYapGGPo4dkMgIAUqom_Xajj7h2fB2MPA3j2jxq2I=\n'],
    ['LOG_CHECKPOINT_ROOT_INVALID', 'o\n5\nAAAA\n'],
  ])('rejects with %s: %j', (expected, text) => {
    expect(() => parseCheckpoint(text)).toThrow(code(expected));
  });
});

describe('signed checkpoints', () => {
  const log = testLogKey('saksi.example/pilkada-2024', 1);
  const other = testLogKey('other.example/log', 2);
  const checkpoint = { origin: log.name, size: 42, rootHash: new Uint8Array(32).fill(9), extensions: [] };

  it('signs and opens with the log key, checking the origin', () => {
    const note = signCheckpoint(checkpoint, [log.noteSigner]);
    expect(openCheckpoint(note, log.noteVerifier).checkpoint).toEqual(checkpoint);
    expect(checkpointOfNote(note)).toEqual(checkpoint);
  });

  it('rejects a checkpoint signed by another key, even if that key is also trusted', () => {
    const note = signCheckpoint(checkpoint, [other.noteSigner]);
    expect(() => openCheckpoint(note, log.noteVerifier)).toThrow(code('LOG_NOTE_UNVERIFIED'));
    expect(() => openCheckpoint(note, log.noteVerifier, { otherVerifiers: [other.noteVerifier] })).toThrow(
      code('LOG_NOTE_UNVERIFIED'),
    );
  });

  it('rejects another origin', () => {
    const note = signCheckpoint({ ...checkpoint, origin: 'elsewhere.example/log' }, [log.noteSigner]);
    expect(() => openCheckpoint(note, log.noteVerifier)).toThrow(code('LOG_CHECKPOINT_ORIGIN_MISMATCH'));
    expect(openCheckpoint(note, log.noteVerifier, { origin: 'elsewhere.example/log' }).checkpoint.size).toBe(
      42,
    );
  });

  it('rejects a signed note that is not a checkpoint', () => {
    const note = signNote(`${log.name}\nnot a size\nAAAA\n`, [log.noteSigner]);
    expect(() => openCheckpoint(note, log.noteVerifier)).toThrow(code('LOG_CHECKPOINT_SIZE_INVALID'));
  });

  it('refuses to format what it would not parse', () => {
    expect(() => formatCheckpoint({ ...checkpoint, origin: 'a\nb' })).toThrow(
      code('LOG_CHECKPOINT_MALFORMED'),
    );
    expect(() => formatCheckpoint({ ...checkpoint, size: -1 })).toThrow(code('LOG_CHECKPOINT_SIZE_INVALID'));
    expect(() => formatCheckpoint({ ...checkpoint, rootHash: new Uint8Array(31) })).toThrow(
      code('LOG_CHECKPOINT_ROOT_INVALID'),
    );
  });
});
