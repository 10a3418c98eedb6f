/**
 * Merkle inclusion and consistency proofs, RFC 9162 §2.1.3 and §2.1.4
 * (the same trees and proofs as RFC 6962 §2.1.1–2.1.2).
 *
 * Generation is split in two so that a server can serve proofs from stored
 * tile hashes, possibly fetched asynchronously: `planInclusionProof` /
 * `planConsistencyProof` say which complete subtrees (level, index) are
 * needed; `buildProof` folds their hashes into the proof. Every proof hash
 * is the root of a range of leaves that is either a complete subtree or the
 * right edge of the tree, which folds from complete subtrees.
 *
 * Verification follows the RFC 9162 algorithms step by step. Sizes and
 * indices are safe integers; proofs are attacker-controlled and bounded.
 */
import type { LogHasher } from './crypto.js';
import { bytesEqual, isSafeNonNegativeInteger } from './encoding.js';
import { msg } from '../errors/index.js';
import { logError } from './errors.js';
import { HASH_SIZE, emptyRoot, hashChildren } from './hash.js';

/** A tree of 2^53 leaves has proofs of at most 53 hashes; 64 matches tlog-tiles' 64 levels. */
export const MAX_PROOF_LENGTH = 64;

/** The root of the complete subtree of 2^level leaves starting at leaf index·2^level. */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/** For each proof hash, the complete subtrees (left to right) whose fold is that hash. */
export type ProofPlan = readonly (readonly NodeId[])[];

/** Returns the stored hash of a complete subtree; throws if it is unavailable. */
export type NodeHashGetter = (node: NodeId) => Uint8Array;

/** RFC 9162 §2.1.3.1 PATH(m, D[n]) as ranges, leaf sibling first. */
export function planInclusionProof(index: number, size: number): ProofPlan {
  checkSize(size, 'size');
  checkIndex(index, size);
  const ranges: [number, number][] = [];
  let [lo, hi] = [0, size];
  while (hi - lo > 1) {
    const k = largestPowerOfTwoBelow(hi - lo);
    if (index < lo + k) {
      ranges.push([lo + k, hi]);
      hi = lo + k;
    } else {
      ranges.push([lo, lo + k]);
      lo += k;
    }
  }
  return ranges.reverse().map(([begin, end]) => completeSubtrees(begin, end));
}

/** RFC 9162 §2.1.4.1 PROOF(m, D[n]) = SUBPROOF(m, D[n], true) as ranges, deepest first. */
export function planConsistencyProof(size1: number, size2: number): ProofPlan {
  checkSize(size1, 'size1');
  checkSize(size2, 'size2');
  if (size1 > size2) throw logError('LOG_TREE_SIZE_INVALID', { field: 'size1', detail: SIZE_ORDER });
  if (size1 === 0 || size1 === size2) return [];
  const ranges: [number, number][] = [];
  let [lo, hi, whole] = [0, size2, true];
  while (size1 !== hi) {
    const k = largestPowerOfTwoBelow(hi - lo);
    if (size1 <= lo + k) {
      ranges.push([lo + k, hi]);
      hi = lo + k;
    } else {
      ranges.push([lo, lo + k]);
      lo += k;
      whole = false;
    }
  }
  // SUBPROOF(m, D[m], b) is [] when b (the old root is known), else [MTH(D[m])].
  if (!whole) ranges.push([lo, hi]);
  return ranges.reverse().map(([begin, end]) => completeSubtrees(begin, end));
}

/** The distinct complete subtrees a plan needs, e.g. to fetch their tiles. */
export function planNodes(plan: ProofPlan): NodeId[] {
  const seen = new Map<string, NodeId>();
  for (const node of plan.flat()) seen.set(`${node.level}/${node.index}`, node);
  return [...seen.values()];
}

/** Folds the stored subtree hashes of a plan into proof hashes. */
export function buildProof(hasher: LogHasher, plan: ProofPlan, getNode: NodeHashGetter): Uint8Array[] {
  return plan.map((nodes) => {
    const hashes = nodes.map((node) => {
      const hash = getNode(node);
      if (hash.length !== HASH_SIZE)
        throw logError('LOG_HASH_SIZE_INVALID', { field: `node ${node.level}/${node.index}` });
      return hash;
    });
    let acc = hashes[hashes.length - 1]!;
    for (let i = hashes.length - 2; i >= 0; i--) acc = hashChildren(hasher, hashes[i]!, acc);
    return Uint8Array.from(acc);
  });
}

export function inclusionProof(
  hasher: LogHasher,
  index: number,
  size: number,
  getNode: NodeHashGetter,
): Uint8Array[] {
  return buildProof(hasher, planInclusionProof(index, size), getNode);
}

export function consistencyProof(
  hasher: LogHasher,
  size1: number,
  size2: number,
  getNode: NodeHashGetter,
): Uint8Array[] {
  return buildProof(hasher, planConsistencyProof(size1, size2), getNode);
}

/** RFC 9162 §2.1.3.2: throws LOG_INCLUSION_PROOF_INVALID unless `leafHash` is at `index` under `root`. */
export function verifyInclusion(
  hasher: LogHasher,
  index: number,
  size: number,
  leafHash: Uint8Array,
  attackerControlledProof: readonly Uint8Array[],
  root: Uint8Array,
): void {
  checkHash(root, 'root');
  const computed = rootFromInclusionProof(hasher, index, size, leafHash, attackerControlledProof);
  if (!bytesEqual(computed, root)) throw logError('LOG_INCLUSION_PROOF_INVALID', { field: 'root' });
}

/** The root implied by an inclusion proof (RFC 9162 §2.1.3.2 steps 1–4). */
export function rootFromInclusionProof(
  hasher: LogHasher,
  index: number,
  size: number,
  leafHash: Uint8Array,
  attackerControlledProof: readonly Uint8Array[],
): Uint8Array {
  checkSize(size, 'size');
  checkIndex(index, size);
  checkHash(leafHash, 'leafHash');
  checkProof(attackerControlledProof);
  let [fn, sn, r] = [index, size - 1, leafHash];
  for (const p of attackerControlledProof) {
    if (sn === 0)
      throw logError('LOG_INCLUSION_PROOF_INVALID', { field: 'proof', detail: PROOF_TOO_LONG_FOR_SIZE });
    if (isOdd(fn) || fn === sn) {
      r = hashChildren(hasher, p, r);
      while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      r = hashChildren(hasher, r, p);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  if (sn !== 0) throw logError('LOG_INCLUSION_PROOF_INVALID', { field: 'proof', detail: PROOF_TOO_SHORT });
  return r;
}

/** RFC 9162 §2.1.4.2: throws LOG_CONSISTENCY_PROOF_INVALID unless `root2` extends `root1`. */
export function verifyConsistency(
  hasher: LogHasher,
  size1: number,
  size2: number,
  attackerControlledProof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): void {
  checkSize(size1, 'size1');
  checkSize(size2, 'size2');
  checkHash(root1, 'root1');
  checkHash(root2, 'root2');
  checkProof(attackerControlledProof);
  const fail = (field: string): never => {
    throw logError('LOG_CONSISTENCY_PROOF_INVALID', { field });
  };
  if (size1 > size2) fail('size1');
  if (size1 === 0 || size1 === size2) {
    // Trivial cases: nothing to prove, so the proof must be empty and the old root the expected one.
    if (attackerControlledProof.length !== 0) fail('proof');
    const expected = size1 === 0 ? emptyRoot(hasher) : root2;
    if (!bytesEqual(root1, expected)) fail('root1');
    return;
  }
  const roots =
    rootsFromConsistencyProof(hasher, size1, size2, attackerControlledProof, root1) ?? fail('proof');
  if (!bytesEqual(roots.fr, root1)) fail('root1');
  if (!bytesEqual(roots.sr, root2)) fail('root2');
}

/** RFC 9162 §2.1.4.2 steps 1–6 for 0 < size1 < size2; undefined when the proof has the wrong shape. */
function rootsFromConsistencyProof(
  hasher: LogHasher,
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
): { fr: Uint8Array; sr: Uint8Array } | undefined {
  if (proof.length === 0) return undefined; // step 1
  // Step 2: when size1 is a power of 2 the old tree is a complete subtree; the proof omits its root.
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let [fn, sn] = [size1 - 1, size2 - 1]; // step 3
  while (isOdd(fn)) [fn, sn] = [half(fn), half(sn)]; // step 4
  let [fr, sr] = [path[0]!, path[0]!]; // step 5
  for (const c of path.slice(1)) {
    if (sn === 0) return undefined; // step 6a
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(hasher, c, fr);
      sr = hashChildren(hasher, c, sr);
      while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      sr = hashChildren(hasher, sr, c);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 ? { fr, sr } : undefined; // step 7 checks sn; the caller compares the roots
}

/**
 * The complete subtrees covering leaves [begin, end), left to right. Proof
 * ranges start at a multiple of a power of two at least as large as the
 * range, so this is the binary decomposition of the range's length and its
 * right-to-left fold is MTH(D[begin:end]) (RFC 9162 §2.1.1).
 */
function completeSubtrees(begin: number, end: number): NodeId[] {
  const nodes: NodeId[] = [];
  let at = begin;
  while (at < end) {
    let level = 0;
    while (at % 2 ** (level + 1) === 0 && at + 2 ** (level + 1) <= end) level++;
    nodes.push({ level, index: at / 2 ** level });
    at += 2 ** level;
  }
  return nodes;
}

const SIZE_ORDER = msg('ukuran pertama melebihi ukuran kedua', 'the first size exceeds the second');
const PROOF_TOO_LONG_FOR_SIZE = msg(
  'bukti lebih panjang dari tinggi pohon',
  'proof longer than the tree height',
);
const PROOF_TOO_SHORT = msg('bukti terlalu pendek', 'proof too short');

function checkSize(size: number, field: string): void {
  if (!isSafeNonNegativeInteger(size)) throw logError('LOG_TREE_SIZE_INVALID', { field });
}

function checkIndex(index: number, size: number): void {
  if (!isSafeNonNegativeInteger(index) || index >= size)
    throw logError('LOG_INDEX_INVALID', { field: 'index' });
}

function checkHash(hash: Uint8Array, field: string): void {
  if (hash.length !== HASH_SIZE) throw logError('LOG_HASH_SIZE_INVALID', { field });
}

function checkProof(proof: readonly Uint8Array[]): void {
  if (proof.length > MAX_PROOF_LENGTH) throw logError('LOG_PROOF_TOO_LONG', { field: 'proof' });
  proof.forEach((p, i) => checkHash(p, `proof[${i}]`));
}

/** The largest power of two strictly below n (n >= 2). */
function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && largestPowerOfTwoBelow(n + 1) === n;
}

function isOdd(n: number): boolean {
  return n % 2 === 1;
}

/** Right shift by one, safe beyond 32 bits. */
function half(n: number): number {
  return Math.floor(n / 2);
}
