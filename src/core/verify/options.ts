/** What `verifyLog` takes and answers (its own module, so the replay can name them without a cycle). */
import type { LogCrypto } from '../log/crypto.js';
import type { TrustPolicy } from '../log/policy.js';
import type { EntryHandler, Ledger } from '../statements/index.js';
import type { EntryPreparer } from '../statements/prepared.js';
import type { VerifyFailure } from './failure.js';

export type LogSource = (path: string) => Promise<Uint8Array | undefined>;
export type BatchVerifier = (
  jobs: readonly { publicKey: Uint8Array; message: Uint8Array; signature: Uint8Array }[],
) => Promise<boolean[]>;

export interface VerifyOptions {
  readonly source: LogSource;
  readonly crypto: LogCrypto;
  readonly policy: TrustPolicy;
  readonly handlers: readonly EntryHandler[];
  /** Signature checks in bulk (worker threads in Node); defaults to `crypto` one by one. */
  readonly verifyBatch?: BatchVerifier;
  /**
   * Leaf hashes, strict parses and signatures ahead of the replay (worker
   * threads in Node: `VerifyPool.preparer()`); when given, `verifyBatch` is
   * not used. The replay then does, in log order, only what needs the ledger.
   */
  readonly prepare?: EntryPreparer;
  /** An older signed checkpoint the log must have grown from. */
  readonly since?: string;
  readonly onProgress?: (done: number, total: number) => void;
  readonly chunk?: number;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly size: number;
  readonly origin?: string;
  readonly witnesses: number;
  readonly failure?: VerifyFailure;
  readonly ledger?: Ledger;
}
