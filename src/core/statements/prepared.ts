/**
 * The stateless half of accepting a log entry, done ahead of the ledger (on
 * worker threads in Node): its leaf hash, a strict parse, and its signature
 * under the key the ledger knew for its key id. Whether that key may sign
 * that entry at its position stays the ledger's question, in log order.
 */
import { SaksiError, msg } from '../errors/index.js';
import type { Message } from '../errors/index.js';
import type { LogCrypto } from '../log/crypto.js';
import { bytesEqual, decodeBase64 } from '../log/encoding.js';
import { signedMessageOfEntry } from './envelope.js';
import type { Envelope } from './envelope.js';

/** Parsed; no key was given (or it was not the entry's key id), so the signature is not checked yet. */
export const PREPARED_UNCHECKED = 0;
/** Parsed; the signature verifies under the given key, whose key id is the entry's. */
export const PREPARED_VERIFIED = 1;
/** Parsed; the signature does not verify under the given key, whose key id is the entry's. */
export const PREPARED_BAD_SIGNATURE = 2;
/** Refused by `parseEnvelope`: see `refusals`. */
export const PREPARED_REFUSED = 3;

export interface EntryRefusal {
  readonly at: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly messages: Message;
}

/** A batch of entries, prepared: per entry its leaf hash (32 bytes each), a PREPARED_* status, why refused ones were. */
export interface PreparedBatch {
  readonly hashes: Uint8Array;
  readonly status: Uint8Array;
  readonly refusals: ReadonlyMap<number, EntryRefusal>;
}

/**
 * Prepares entries given the ledger's public key for a key id; answers with
 * the batch and the key it used for each entry (undefined: not checked).
 */
export type EntryPreparer = (
  entries: readonly Uint8Array[],
  keyOf: (keyId: string) => Uint8Array | undefined,
) => Promise<PreparedBatch & { readonly keys: readonly (Uint8Array | undefined)[] }>;

/** The refusal the preparer reported for an entry, as the error it was. */
export function refusalError(r: EntryRefusal | undefined): SaksiError {
  return new SaksiError(
    r?.code ?? 'ENTRY_REFUSED',
    r?.messages ?? msg('Entri ditolak.', 'The entry was refused.'),
    r?.field === undefined ? {} : { field: r.field },
  );
}

/**
 * Whether a prepared entry's signature holds under `signer`, the key the
 * ledger says must have signed it at its position: the preparer's verdict
 * when it checked with this very key, else a check here.
 */
export function preparedSignatureHolds(
  crypto: LogCrypto,
  entry: Uint8Array,
  envelope: Envelope,
  status: number,
  sentKey: Uint8Array | undefined,
  signer: Uint8Array,
): boolean {
  const checked =
    (status === PREPARED_VERIFIED || status === PREPARED_BAD_SIGNATURE) &&
    sentKey !== undefined &&
    bytesEqual(sentKey, signer);
  if (checked) return status === PREPARED_VERIFIED;
  return crypto.verifyEd25519(
    signer,
    signedMessageOfEntry(entry, envelope),
    decodeBase64(envelope.sig) ?? new Uint8Array(0),
  );
}
