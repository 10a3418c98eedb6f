/**
 * A small real log for witness tests: RFC 6962 trees built with the core's
 * hash and proof functions, checkpoints signed with an Ed25519 note key on
 * node:crypto. Deterministic seeds: never use these keys outside tests.
 */
import { signCheckpoint } from '../../core/log/checkpoint.js';
import { encodeUtf8 } from '../../core/log/encoding.js';
import { hashLeaf, rootFromLeafHashes } from '../../core/log/hash.js';
import type { NoteSigner, VerifierKey } from '../../core/log/note-key.js';
import {
  SIGNATURE_TYPE_ED25519,
  ed25519NoteSigner,
  formatVerifierKey,
  parseVerifierKey,
} from '../../core/log/note-key.js';
import { consistencyProof } from '../../core/log/proof.js';
import { nodeCrypto, nodeSigner } from '../../crypto/node.js';

export const crypto = nodeCrypto;

export class TestLog {
  readonly name: string;
  readonly vkey: string;
  readonly key: VerifierKey;
  readonly signer: NoteSigner;
  readonly #leaves: Uint8Array[] = [];

  /** `seedByte` fixes the key; `fork` changes the entries, so two logs with one key make a fork. */
  constructor(name: string, seedByte: number, readonly fork = '') {
    const ed = nodeSigner(new Uint8Array(32).fill(seedByte));
    this.name = name;
    this.vkey = formatVerifierKey(crypto, name, SIGNATURE_TYPE_ED25519, ed.publicKey);
    this.key = parseVerifierKey(crypto, this.vkey);
    this.signer = ed25519NoteSigner(crypto, name, ed);
  }

  /** Grows the log to `size` entries. */
  grow(size: number): this {
    while (this.#leaves.length < size) {
      this.#leaves.push(hashLeaf(crypto, encodeUtf8(`entry ${this.#leaves.length}${this.fork}`)));
    }
    return this;
  }

  root(size: number): Uint8Array {
    return rootFromLeafHashes(crypto, this.#leaves.slice(0, size));
  }

  /** A signed checkpoint of the first `size` entries (signed by `signers`, default the log key). */
  checkpoint(size: number, signers: readonly NoteSigner[] = [this.signer]): string {
    this.grow(size);
    return signCheckpoint({ origin: this.name, size, rootHash: this.root(size), extensions: [] }, signers);
  }

  proof(oldSize: number, newSize: number): Uint8Array[] {
    this.grow(newSize);
    if (oldSize === 0) return [];
    return consistencyProof(crypto, oldSize, newSize, ({ level, index }) =>
      rootFromLeafHashes(crypto, this.#leaves.slice(index * 2 ** level, (index + 1) * 2 ** level)),
    );
  }
}
