import { describe, expect, it } from 'vitest';
import * as server from '../../../src/services/supervision/evidence.js';
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_FILES,
  EVIDENCE_MEDIA_TYPES,
  formatSize,
  sha256Hex,
} from './evidence.js';

describe('evidence in the browser', () => {
  it("has the server's limits (the web may not import the service, so they are written twice)", () => {
    expect(EVIDENCE_MEDIA_TYPES).toEqual(server.EVIDENCE_MEDIA_TYPES);
    expect(EVIDENCE_MAX_BYTES).toBe(server.EVIDENCE_MAX_BYTES);
    expect(EVIDENCE_MAX_FILES).toBe(server.EVIDENCE_MAX_FILES);
  });

  it('hashes with SHA-256 as lowercase hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('gives sizes in B, KiB and MiB, with the bytes near the limit', () => {
    expect(formatSize(512, 'en')).toBe('512 B');
    expect(formatSize(1536, 'en')).toBe('1.5 KiB');
    expect(formatSize(1024 * 1024, 'en')).toBe('1.00 MiB (1,048,576 B)');
    expect(formatSize(1024 * 1024, 'id')).toBe('1,00 MiB (1.048.576 B)');
  });
});
