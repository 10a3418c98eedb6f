/**
 * Entry bundles, c2sp.org/tlog-tiles "Log entries": up to 256 consecutive
 * log entries, each prefixed by its length as a big-endian uint16, so an
 * entry is at most 65,535 bytes. Parsed strictly: every byte accounted for.
 */
import { logError } from './errors.js';
import { TILE_WIDTH } from './tiles.js';

/** The largest entry a uint16 length prefix can carry. */
export const MAX_ENTRY_SIZE = 0xffff;
const LENGTH_PREFIX_SIZE = 2;

export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  if (entries.length === 0 || entries.length > TILE_WIDTH) {
    throw logError('LOG_ENTRY_BUNDLE_MALFORMED', { field: 'entries' });
  }
  const out = new Uint8Array(entries.reduce((n, e) => n + LENGTH_PREFIX_SIZE + e.length, 0));
  let offset = 0;
  entries.forEach((entry, i) => {
    if (entry.length > MAX_ENTRY_SIZE) throw logError('LOG_ENTRY_TOO_LARGE', { field: `entries[${i}]` });
    out[offset] = entry.length >> 8;
    out[offset + 1] = entry.length & 0xff;
    out.set(entry, offset + LENGTH_PREFIX_SIZE);
    offset += LENGTH_PREFIX_SIZE + entry.length;
  });
  return out;
}

/** The entries of a bundle; with `expectedCount`, the bundle must hold exactly that many (its width). */
export function parseEntryBundle(attackerControlledBundle: Uint8Array, expectedCount?: number): Uint8Array[] {
  const bytes = attackerControlledBundle;
  const entries: Uint8Array[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (entries.length === TILE_WIDTH || offset + LENGTH_PREFIX_SIZE > bytes.length) {
      throw logError('LOG_ENTRY_BUNDLE_MALFORMED', { field: `entries[${entries.length}]` });
    }
    const length = (bytes[offset]! << 8) | bytes[offset + 1]!;
    const start = offset + LENGTH_PREFIX_SIZE;
    if (start + length > bytes.length) {
      throw logError('LOG_ENTRY_BUNDLE_MALFORMED', { field: `entries[${entries.length}]` });
    }
    entries.push(bytes.slice(start, start + length));
    offset = start + length;
  }
  if (entries.length === 0 || (expectedCount !== undefined && entries.length !== expectedCount)) {
    throw logError('LOG_ENTRY_BUNDLE_MALFORMED', { field: 'bundle' });
  }
  return entries;
}
