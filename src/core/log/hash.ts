/**
 * RFC 6962 §2.1 Merkle tree hashing (restated in RFC 9162 §2.1.1), and the
 * compact range: the O(log n) state from which a log extends its tree and
 * computes the root at any size without rehashing the leaves.
 */
import type { LogHasher } from './crypto.js';
import { SHA256_SIZE } from './crypto.js';
import { logError } from './errors.js';
import { isSafeNonNegativeInteger } from './encoding.js';

/** RFC 6962 §2.1: leaf hashes are SHA-256(0x00 ‖ entry). */
export const RFC6962_LEAF_HASH_PREFIX = 0x00;
/** RFC 6962 §2.1: interior node hashes are SHA-256(0x01 ‖ left ‖ right). */
export const RFC6962_NODE_HASH_PREFIX = 0x01;
export const HASH_SIZE = SHA256_SIZE;

/** MTH({d(0)}) = SHA-256(0x00 ‖ d(0)). */
export function hashLeaf(hasher: LogHasher, entry: Uint8Array): Uint8Array {
  const input = new Uint8Array(1 + entry.length);
  input[0] = RFC6962_LEAF_HASH_PREFIX;
  input.set(entry, 1);
  return hasher.sha256(input);
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function hashChildren(hasher: LogHasher, left: Uint8Array, right: Uint8Array): Uint8Array {
  const input = new Uint8Array(1 + 2 * HASH_SIZE);
  input[0] = RFC6962_NODE_HASH_PREFIX;
  input.set(left, 1);
  input.set(right, 1 + HASH_SIZE);
  return hasher.sha256(input);
}

/** MTH({}) = SHA-256() — the root of the empty tree. */
export function emptyRoot(hasher: LogHasher): Uint8Array {
  return hasher.sha256(new Uint8Array(0));
}

/** The RFC 6962 root of a list of leaf hashes, in O(n) hashes and O(log n) memory. */
export function rootFromLeafHashes(hasher: LogHasher, leafHashes: Iterable<Uint8Array>): Uint8Array {
  const range = new CompactRange(hasher);
  for (const leafHash of leafHashes) range.append(leafHash);
  return range.root();
}

/**
 * The roots of the perfect subtrees that make up a tree of `size` leaves,
 * largest (leftmost) first: one per set bit of `size` (the "compact range"
 * [0, size) of transparency-dev/merkle). Appending a leaf merges equal-sized
 * neighbours like a binary counter; the root folds them right to left.
 */
export class CompactRange {
  readonly #hasher: LogHasher;
  #size: number;
  readonly #nodes: Uint8Array[];

  /** Resumes from a stored state: `nodes` as returned by `nodes` at `size`. */
  constructor(hasher: LogHasher, size = 0, nodes: readonly Uint8Array[] = []) {
    if (!isSafeNonNegativeInteger(size)) throw logError('LOG_TREE_SIZE_INVALID', { field: 'size' });
    if (nodes.length !== popCount(size) || nodes.some((n) => n.length !== HASH_SIZE)) {
      throw logError('LOG_COMPACT_RANGE_INVALID', { field: 'nodes' });
    }
    this.#hasher = hasher;
    this.#size = size;
    this.#nodes = nodes.map((n) => Uint8Array.from(n));
  }

  get size(): number {
    return this.#size;
  }

  /** The perfect-subtree roots, largest first (copies). */
  get nodes(): Uint8Array[] {
    return this.#nodes.map((n) => Uint8Array.from(n));
  }

  /** Appends one leaf hash (already RFC 6962 leaf-hashed). */
  append(leafHash: Uint8Array): void {
    if (leafHash.length !== HASH_SIZE) throw logError('LOG_HASH_SIZE_INVALID', { field: 'leafHash' });
    if (this.#size === Number.MAX_SAFE_INTEGER) throw logError('LOG_TREE_SIZE_INVALID', { field: 'size' });
    let node: Uint8Array = Uint8Array.from(leafHash);
    // Carry: each trailing 1-bit of the old size is a subtree of the same height.
    for (let s = this.#size; s % 2 === 1; s = (s - 1) / 2) {
      node = hashChildren(this.#hasher, this.#nodes.pop()!, node);
    }
    this.#nodes.push(node);
    this.#size += 1;
  }

  /** MTH(D[0:size]) per RFC 6962 §2.1. */
  root(): Uint8Array {
    if (this.#nodes.length === 0) return emptyRoot(this.#hasher);
    let root: Uint8Array = Uint8Array.from(this.#nodes[this.#nodes.length - 1]!);
    for (let i = this.#nodes.length - 2; i >= 0; i--)
      root = hashChildren(this.#hasher, this.#nodes[i]!, root);
    return root;
  }
}

/** Number of set bits of a safe integer. */
export function popCount(n: number): number {
  let count = 0;
  for (let v = n; v > 0; v = Math.floor(v / 2)) count += v % 2;
  return count;
}
