/**
 * A version's form read back from its log entry. A lean ledger (the
 * server's: `Ledger.lean`) keeps each version's figures in the tally and
 * its index and leaf hash in the history, not the form itself — the log
 * holds it; a TPS page or a Sirekap TPS file reads it from there.
 */
import { parseCHasil, parseCorrection } from '../forms/index.js';
import type { CHasilLike } from '../forms/index.js';
import { parseEnvelope } from '../statements/index.js';
import { parseChasilImport } from './import.js';
import type { FormKind } from './types.js';

export function formOfEntry(entry: Uint8Array, kind: FormKind): CHasilLike {
  const body = parseEnvelope(entry).body;
  switch (kind) {
    case 'chasil':
      return parseCHasil(body);
    case 'correction':
      return parseCorrection(body).form;
    case 'import':
      return parseChasilImport(body).form;
  }
}
