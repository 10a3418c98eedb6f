/**
 * What the main thread and the entry workers (entry-worker.ts) say to each
 * other. Two jobs:
 *
 * - `verify`: Ed25519 signatures, one boolean each (the verifier, baselines);
 * - `prepare`: whole log entries, packed into one transferred buffer. For
 *   each the worker computes the RFC 6962 leaf hash, parses the envelope
 *   strictly (UTF-8, shape, canonical form: `parseEnvelope`) and, when the
 *   main thread knew the public key of the entry's key id, checks the
 *   signature. Whether that key may sign this entry at its position stays
 *   the main thread's question (it depends on the ledger, in log order).
 */

export interface VerifyJob {
  readonly publicKey: Uint8Array;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
}

export {
  PREPARED_BAD_SIGNATURE,
  PREPARED_REFUSED,
  PREPARED_UNCHECKED,
  PREPARED_VERIFIED,
} from '../core/statements/prepared.js';
export type { EntryRefusal } from '../core/statements/prepared.js';
import type { EntryRefusal } from '../core/statements/prepared.js';

export type WorkerRequest =
  | { readonly id: number; readonly kind: 'verify'; readonly jobs: readonly VerifyJob[] }
  | {
      readonly id: number;
      readonly kind: 'prepare';
      /** The entries back to back; entry i is bytes[offsets[i], offsets[i + 1]). */
      readonly bytes: Uint8Array;
      readonly offsets: Uint32Array;
      /** 32 bytes per entry: the public key to check its signature with, where `hasKey[i]` is 1. */
      readonly keys: Uint8Array;
      readonly hasKey: Uint8Array;
    };

export type WorkerReply =
  | { readonly id: number; readonly kind: 'verify'; readonly out: boolean[] }
  | {
      readonly id: number;
      readonly kind: 'prepare';
      /** 32 bytes per entry: its leaf hash. */
      readonly hashes: Uint8Array;
      /** One PREPARED_* per entry. */
      readonly status: Uint8Array;
      readonly refusals: readonly EntryRefusal[];
    }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };
