/**
 * Every complete node hash of the tree, held in memory level by level (one
 * flat, growable buffer per level). At national scale (≈ 870k leaves) this is
 * about 2 × 870k × 32 B ≈ 56 MB, and it makes proofs and tiles simple reads.
 * It is a cache: the tiles on disk are the record, and `fromLeafHashes`
 * rebuilds it on start.
 */
import { hashChildren, HASH_SIZE } from '../core/log/hash.js';
import type { LogHasher } from '../core/log/crypto.js';

export class HashLevels {
  readonly #hasher: LogHasher;
  #levels: Buffer[] = [];
  #counts: number[] = [];
  #size = 0;

  constructor(hasher: LogHasher) {
    this.#hasher = hasher;
  }

  static fromLeafHashes(hasher: LogHasher, leafHashes: Iterable<Uint8Array>): HashLevels {
    const t = new HashLevels(hasher);
    for (const h of leafHashes) t.append(h);
    return t;
  }

  get size(): number {
    return this.#size;
  }

  /** Appends a leaf hash and every parent it completes. */
  append(leafHash: Uint8Array): void {
    let node = leafHash;
    for (let level = 0; ; level++) {
      const count = this.#push(level, node);
      if (count % 2 === 1) break;
      node = hashChildren(this.#hasher, this.node(level, count - 2), this.node(level, count - 1));
    }
    this.#size++;
  }

  /** The root of the complete subtree of 2^level leaves starting at leaf index·2^level. */
  node(level: number, index: number): Uint8Array {
    const buf = this.#levels[level];
    if (buf === undefined || index < 0 || index >= (this.#counts[level] ?? 0)) {
      throw new RangeError(`no complete node at level ${level} index ${index}`);
    }
    return buf.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE);
  }

  /** Number of complete nodes at a level for the current size. */
  count(level: number): number {
    return this.#counts[level] ?? 0;
  }

  /** MTH of the first `size` leaves (RFC 6962 §2.1), for any size up to the current one. */
  root(size: number = this.#size): Uint8Array {
    if (size > this.#size || size < 0) throw new RangeError(`size ${size} beyond tree size ${this.#size}`);
    if (size === 0) return this.#hasher.sha256(new Uint8Array(0));
    const parts: Uint8Array[] = [];
    let offset = 0;
    for (let level = Math.floor(Math.log2(size)); level >= 0; level--) {
      if (Math.floor(size / 2 ** level) % 2 === 1) {
        parts.push(this.node(level, offset / 2 ** level));
        offset += 2 ** level;
      }
    }
    let root = parts[parts.length - 1] as Uint8Array;
    for (let i = parts.length - 2; i >= 0; i--)
      root = hashChildren(this.#hasher, parts[i] as Uint8Array, root);
    return root;
  }

  /** `width` consecutive node hashes at `level` starting at `first`, concatenated (a tile's body). */
  slice(level: number, first: number, width: number): Uint8Array {
    const buf = this.#levels[level];
    if (buf === undefined || first + width > (this.#counts[level] ?? 0))
      throw new RangeError('slice beyond the tree');
    return buf.subarray(first * HASH_SIZE, (first + width) * HASH_SIZE);
  }

  /** Forget everything past `size` (used to roll back a batch whose write failed). */
  truncate(size: number): void {
    if (size > this.#size) throw new RangeError('cannot truncate forward');
    for (let level = 0; level < this.#counts.length; level++)
      this.#counts[level] = Math.floor(size / 2 ** level);
    this.#size = size;
  }

  #push(level: number, hash: Uint8Array): number {
    let buf = this.#levels[level];
    const count = this.#counts[level] ?? 0;
    if (buf === undefined || (count + 1) * HASH_SIZE > buf.length) {
      // 1.25×: a national log's levels hold ≈ 2.6 million hashes; doubling would leave up to half of them spare.
      const grown = Buffer.allocUnsafe(Math.max(1024, Math.ceil((count + 1) * 1.25)) * HASH_SIZE);
      if (buf !== undefined) buf.copy(grown, 0, 0, count * HASH_SIZE);
      buf = grown;
      this.#levels[level] = buf;
    }
    buf.set(hash, count * HASH_SIZE);
    this.#counts[level] = count + 1;
    return count + 1;
  }
}
