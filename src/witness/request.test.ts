import { describe, expect, it } from 'vitest';
import { MAX_PROOF_LINES, formatAddCheckpoint, parseAddCheckpoint } from './request.js';
import { TestLog } from './testdata/log.js';

const log = new TestLog('log.test/pilkada', 1);

describe('add-checkpoint request body', () => {
  it('round-trips old size, proof and checkpoint', () => {
    const request = { oldSize: 5, proof: log.proof(5, 9), checkpoint: log.checkpoint(9) };
    const text = formatAddCheckpoint(request);
    expect(text.startsWith('old 5\n')).toBe(true);
    expect(parseAddCheckpoint(text)).toEqual(request);
  });

  it('parses old 0 with no proof lines: "old 0", empty line, checkpoint', () => {
    const checkpoint = log.checkpoint(3);
    expect(parseAddCheckpoint(`old 0\n\n${checkpoint}`)).toEqual({ oldSize: 0, proof: [], checkpoint });
  });

  it.each([
    ['old', 'old 007\n\nx'],
    ['old', 'old\n\nx'],
    ['old', 'old 1e3\n\nx'],
    ['body', 'old 0\nx'],
    ['proof', `old 1\n${'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n'.repeat(MAX_PROOF_LINES + 1)}\nx`],
    [
      'proof[1]',
      'old 1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\nx',
    ],
  ])('names the field at fault (%s)', (field, body) => {
    expect(() => parseAddCheckpoint(body)).toThrow(
      expect.objectContaining({ code: 'WITNESS_REQUEST_MALFORMED', field }),
    );
  });

  it('refuses more than 64 KiB of UTF-8 even when fewer UTF-16 units', () => {
    const body = `old 0\n\n${'é'.repeat(33 * 1024)}`;
    expect(body.length).toBeLessThan(64 * 1024);
    expect(() => parseAddCheckpoint(body)).toThrow(
      expect.objectContaining({ code: 'WITNESS_REQUEST_TOO_LARGE' }),
    );
  });
});
