/**
 * Rebuild the ledger (keys, forms, tallies) from the log — at start, and by
 * `saksi rebuild`. The ledger is lean: forms stay in the log (`formOfEntry`).
 * Entries in our own log were verified when accepted; the
 * independent check of everything, signatures included, is `saksi verify`.
 */
import type { LogCrypto } from '../core/log/crypto.js';
import { encodeHex } from '../core/log/encoding.js';
import { parseEntryBundle } from '../core/log/entry-bundle.js';
import { hashLeaf } from '../core/log/hash.js';
import { TILE_WIDTH, tilePath } from '../core/log/tiles.js';
import { Ledger, parseEnvelope } from '../core/statements/index.js';
import type { EntryHandler } from '../core/statements/index.js';
import type { TransparencyLog } from '../log/log.js';

export async function replayLog(
  log: TransparencyLog,
  crypto: LogCrypto,
  rootKey: Uint8Array,
  handlers: readonly EntryHandler[],
): Promise<Ledger> {
  const ledger = new Ledger(crypto, rootKey, handlers, { lean: true });
  const size = log.size;
  for (let n = 0; n * TILE_WIDTH < size; n++) {
    const width = Math.min(TILE_WIDTH, size - n * TILE_WIDTH);
    const bytes = await log.storage.get(tilePath({ kind: 'entries', level: 0, index: n, width }));
    if (bytes === undefined) throw new Error(`entry bundle ${n} is missing`);
    parseEntryBundle(bytes, width).forEach((entry, k) => {
      const index = n * TILE_WIDTH + k;
      const env = parseEnvelope(entry);
      ledger.signerOf(env, index);
      ledger.apply(env, index, encodeHex(hashLeaf(crypto, entry)));
    });
  }
  return ledger;
}
