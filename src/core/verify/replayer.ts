/**
 * The verifier's replay: entries applied to a fresh ledger in log order,
 * through the same handlers the server uses, so every tally is recomputed.
 * Two ways in: `push` (parse here, signatures in batches through
 * `verifyBatch`) and `pushPrepared` (parsed and signature-checked ahead by an
 * `EntryPreparer`). Both report the first failure by index, a refusal before
 * a bad signature at the same index.
 */
import { decodeBase64, encodeHex } from '../log/encoding.js';
import { Ledger, parseEnvelope, signedMessageOfEntry } from '../statements/index.js';
import type { Envelope } from '../statements/index.js';
import { PREPARED_REFUSED, preparedSignatureHolds, refusalError } from '../statements/prepared.js';
import type { EntryPreparer } from '../statements/prepared.js';
import { asFailure, verifyFailure } from './failure.js';
import type { BatchVerifier, VerifyOptions } from './options.js';

const UTF8 = new TextDecoder();

/**
 * Replays entries in log order. Bodies are applied as they come; signatures
 * are checked in batches (in parallel where `verifyBatch` allows). The first
 * failure by index wins, whether a bad signature or a refused entry.
 */
export class Replayer {
  readonly ledger: Ledger;
  readonly #o: VerifyOptions;
  readonly #verify: BatchVerifier;
  #jobs: { publicKey: Uint8Array; message: Uint8Array; signature: Uint8Array }[] = [];
  #jobStart = 0;
  #inFlight: Promise<{ start: number; results: boolean[] }>[] = [];

  constructor(o: VerifyOptions) {
    const root = o.policy.root;
    if (root === undefined)
      throw verifyFailure(
        'VERIFY_POLICY_NO_ROOT',
        undefined,
        'kebijakan tidak menyebut kunci akar',
        'the policy names no root key',
      );
    this.#o = o;
    this.ledger = new Ledger(o.crypto, root.publicKey, o.handlers);
    this.#verify =
      o.verifyBatch ??
      (async (jobs) => jobs.map((j) => o.crypto.verifyEd25519(j.publicKey, j.message, j.signature)));
  }

  /** The public key registered under a key id as the ledger stands (the root key included). */
  publicKeyOf(keyId: string): Uint8Array | undefined {
    return keyId === this.ledger.rootKeyId ? this.ledger.rootKey : this.ledger.keys.get(keyId)?.publicKey;
  }

  /**
   * Apply prepared entries in order. As in `push`, at one index a refusal
   * (the entry, its signer's authority, the rules) is reported before a bad
   * signature; a signature the workers could not check (its key was not
   * known when they ran) is checked here.
   */
  pushPrepared(
    entries: readonly Uint8Array[],
    hashes: readonly Uint8Array[],
    first: number,
    p: Awaited<ReturnType<EntryPreparer>>,
    offset: number,
  ): void {
    for (let k = 0; k < entries.length; k++) {
      const i = first + k;
      const entry = entries[k] as Uint8Array;
      const status = p.status[offset + k];
      let signatureOk: boolean;
      try {
        if (status === PREPARED_REFUSED) {
          throw refusalError(p.refusals.get(offset + k));
        }
        // Strict UTF-8 and canonical JSON were checked by `prepare`: this parse cannot differ.
        const env = JSON.parse(UTF8.decode(entry)) as Envelope;
        const publicKey = this.ledger.signerOf(env, i);
        signatureOk = preparedSignatureHolds(
          this.#o.crypto,
          entry,
          env,
          status as number,
          p.keys[offset + k],
          publicKey,
        );
        this.ledger.apply(env, i, encodeHex(hashes[k] as Uint8Array));
      } catch (e) {
        throw asFailure(e, i);
      }
      if (!signatureOk)
        throw verifyFailure(
          'VERIFY_SIGNATURE_INVALID',
          i,
          'tanda tangan penanda tangan tidak sah',
          "the signer's signature does not verify",
        );
    }
  }

  async push(entries: readonly Uint8Array[], hashes: readonly Uint8Array[], first: number): Promise<void> {
    for (let k = 0; k < entries.length; k++) {
      const i = first + k;
      try {
        const env: Envelope = parseEnvelope(entries[k] as Uint8Array);
        const publicKey = this.ledger.signerOf(env, i);
        this.#jobs.push({
          publicKey,
          message: signedMessageOfEntry(entries[k] as Uint8Array, env),
          signature: decodeBase64(env.sig) as Uint8Array,
        });
        this.ledger.apply(env, i, encodeHex(hashes[k] as Uint8Array));
      } catch (e) {
        await this.flush(i);
        throw asFailure(e, i);
      }
    }
    if (this.#jobs.length >= (this.#o.chunk ?? 8192)) await this.#dispatch();
  }

  /**
   * Send the pending signatures to be checked without waiting, so parsing
   * and applying the next entries overlaps the signature work; at most two
   * batches are in flight, and their results are taken in order.
   */
  async #dispatch(): Promise<void> {
    const jobs = this.#jobs;
    const start = this.#jobStart;
    this.#jobs = [];
    this.#jobStart = start + jobs.length;
    this.#inFlight.push(this.#verify(jobs).then((results) => ({ start, results })));
    while (this.#inFlight.length > 2) check(await this.#inFlight.shift()!, Number.MAX_SAFE_INTEGER);
  }

  /** Check every signature sent or pending; `before` limits the failure search to entries before a refused one. */
  async flush(before = Number.MAX_SAFE_INTEGER): Promise<void> {
    await this.#dispatch();
    while (this.#inFlight.length > 0) check(await this.#inFlight.shift()!, before);
  }
}

function check(batch: { start: number; results: boolean[] }, before: number): void {
  const bad = batch.results.findIndex((ok) => !ok);
  if (bad >= 0 && batch.start + bad < before) {
    throw verifyFailure(
      'VERIFY_SIGNATURE_INVALID',
      batch.start + bad,
      'tanda tangan penanda tangan tidak sah',
      "the signer's signature does not verify",
    );
  }
}
