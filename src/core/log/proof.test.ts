import { describe, expect, it } from 'vitest';
import { nodeCrypto } from '../../../test/support/node-crypto.js';
import { seededRng } from '../random/index.js';
import type { LogHasher } from './crypto.js';
import { nobleCrypto } from './crypto-noble.js';
import { encodeHex, encodeUtf8 } from './encoding.js';
import { hashLeaf } from './hash.js';
import {
  MAX_PROOF_LENGTH,
  consistencyProof,
  inclusionProof,
  planInclusionProof,
  planNodes,
  verifyConsistency,
  verifyInclusion,
} from './proof.js';
import {
  CONSISTENCY_PROOFS_HEX,
  INCLUSION_PROOFS_HEX,
  LEAF_INPUTS_HEX,
  ROOTS_BY_SIZE_HEX,
} from './testdata/rfc6962-proofs.js';
import { MemoryTree, hex } from './testdata/tree.js';

const hasher = nobleCrypto;
/** node:crypto for the property tests: same SHA-256, faster. */
const fastHasher = nodeCrypto;
const code = (c: string) => expect.objectContaining({ code: c });

function treeOf(entries: readonly Uint8Array[], treeHasher: LogHasher = hasher): MemoryTree {
  const tree = new MemoryTree(treeHasher);
  entries.forEach((e) => tree.appendEntry(e));
  return tree;
}

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  out[Math.floor(bit / 8) % out.length]! ^= 1 << (bit % 8);
  return out;
}

const goldenLeaves = LEAF_INPUTS_HEX.map(hex);
const goldenRoots = ROOTS_BY_SIZE_HEX.map(hex);

describe('inclusion proofs: transparency-dev/merkle verify_test.go vectors', () => {
  it.each(INCLUSION_PROOFS_HEX)('index $index in size $size', ({ index, size, proof: proofHex }) => {
    const proof = proofHex.map(hex);
    const leafHash = hashLeaf(hasher, goldenLeaves[index]!);
    const root = goldenRoots[size]!;
    verifyInclusion(hasher, index, size, leafHash, proof, root);
    const generated = inclusionProof(hasher, index, size, treeOf(goldenLeaves.slice(0, size)).getNode);
    expect(generated.map(encodeHex)).toEqual(proofHex);

    // The corruptions of verify_test.go corruptInclusionProof.
    const some = hex('abacaba000000000000000000000000000000000000000000060061e00123456');
    const probes: [number, number, Uint8Array, Uint8Array, Uint8Array[]][] = [
      [index - 1, size, root, leafHash, proof],
      [index + 1, size, root, leafHash, proof],
      [index ^ 2, size, root, leafHash, proof],
      [index, size * 2, root, leafHash, proof],
      [index, Math.floor(size / 2), root, leafHash, proof],
      [index, size, root, hashLeaf(hasher, encodeUtf8('WrongLeaf')), proof],
      [index, size, goldenRoots[0]!, leafHash, proof],
      [index, size, some, leafHash, proof],
      [index, size, root, leafHash, [...proof, root]],
      [index, size, root, leafHash, [root, ...proof]],
      ...proof.map((_, i): [number, number, Uint8Array, Uint8Array, Uint8Array[]] => [
        index,
        size,
        root,
        leafHash,
        proof.map((p, j) => (i === j ? flipBit(p, 3) : p)),
      ]),
    ];
    if (proof.length > 0) probes.push([index, size, root, leafHash, proof.slice(0, -1)]);
    if (proof.length > 1) probes.push([index, size, root, leafHash, [proof[0]!, some, ...proof.slice(1)]]);
    for (const [i, s, r, l, p] of probes) expect(() => verifyInclusion(hasher, i, s, l, p, r)).toThrow();
  });
});

describe('consistency proofs: transparency-dev/merkle verify_test.go vectors', () => {
  it.each(CONSISTENCY_PROOFS_HEX)('size $size1 to $size2', ({ size1, size2, proof: proofHex }) => {
    const proof = proofHex.map(hex);
    const [root1, root2] = [goldenRoots[size1]!, goldenRoots[size2]!];
    verifyConsistency(hasher, size1, size2, proof, root1, root2);
    const generated = consistencyProof(hasher, size1, size2, treeOf(goldenLeaves.slice(0, size2)).getNode);
    expect(generated.map(encodeHex)).toEqual(proofHex);
    if (proof.length === 0) return;

    // The corruptions of verify_test.go corruptConsistencyProof.
    const wrong = hex('00'.repeat(32));
    const probes: [number, number, Uint8Array, Uint8Array, Uint8Array[]][] = [
      [size1 - 1, size2, root1, root2, proof],
      [size1 + 1, size2, root1, root2, proof],
      [size1 ^ 2, size2, root1, root2, proof],
      [size1, size2 * 2, root1, root2, proof],
      [size1, Math.floor(size2 / 2), root1, root2, proof],
      [size1, size2, wrong, root2, proof],
      [size1, size2, root1, wrong, proof],
      [size1, size2, root2, root1, proof],
      [size1, size2, root1, root2, []],
      [size1, size2, root1, root2, [...proof, root1]],
      [size1, size2, root1, root2, [...proof, root2]],
      [size1, size2, root1, root2, [root1, ...proof]],
      [size1, size2, root1, root2, [root2, ...proof]],
      [size1, size2, root1, root2, [proof[0]!, ...proof]],
      [size1, size2, root1, root2, proof.slice(0, -1)],
      ...proof.map((_, i): [number, number, Uint8Array, Uint8Array, Uint8Array[]] => [
        size1,
        size2,
        root1,
        root2,
        proof.map((p, j) => (i === j ? flipBit(p, 4) : p)),
      ]),
    ];
    for (const [s1, s2, r1, r2, p] of probes)
      expect(() => verifyConsistency(hasher, s1, s2, p, r1, r2)).toThrow();
  });

  it('handles the trivial cases like verify_test.go TestVerifyConsistency', () => {
    const empty = goldenRoots[0]!;
    verifyConsistency(hasher, 0, 0, [], empty, empty);
    verifyConsistency(hasher, 0, 5, [], empty, goldenRoots[5]!);
    verifyConsistency(hasher, 3, 3, [], goldenRoots[3]!, goldenRoots[3]!);
    expect(() => verifyConsistency(hasher, 3, 3, [], goldenRoots[3]!, goldenRoots[4]!)).toThrow(
      code('LOG_CONSISTENCY_PROOF_INVALID'),
    );
    expect(() => verifyConsistency(hasher, 0, 1, [empty], empty, empty)).toThrow(
      code('LOG_CONSISTENCY_PROOF_INVALID'),
    );
    expect(() => verifyConsistency(hasher, 2, 1, [], empty, empty)).toThrow(
      code('LOG_CONSISTENCY_PROOF_INVALID'),
    );
    expect(() => verifyConsistency(hasher, 1, 2, [], goldenRoots[1]!, goldenRoots[2]!)).toThrow(
      code('LOG_CONSISTENCY_PROOF_INVALID'),
    );
  });
});

describe('input bounds', () => {
  const leaf = hashLeaf(hasher, new Uint8Array());
  it('rejects negative, fractional and unsafe sizes and indices', () => {
    for (const size of [-1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN]) {
      expect(() => verifyInclusion(hasher, 0, size, leaf, [], leaf)).toThrow(code('LOG_TREE_SIZE_INVALID'));
      expect(() => verifyConsistency(hasher, 0, size, [], leaf, leaf)).toThrow(code('LOG_TREE_SIZE_INVALID'));
    }
    for (const index of [-1, 0.5, 1, 2]) {
      expect(() => verifyInclusion(hasher, index, 1, leaf, [], leaf)).toThrow(code('LOG_INDEX_INVALID'));
    }
    expect(() => verifyInclusion(hasher, 0, 0, leaf, [], leaf)).toThrow(code('LOG_INDEX_INVALID'));
  });

  it('bounds the proof length and hash sizes', () => {
    const long = Array.from({ length: MAX_PROOF_LENGTH + 1 }, () => leaf);
    expect(() => verifyInclusion(hasher, 0, 2, leaf, long, leaf)).toThrow(code('LOG_PROOF_TOO_LONG'));
    expect(() => verifyConsistency(hasher, 1, 2, long, leaf, leaf)).toThrow(code('LOG_PROOF_TOO_LONG'));
    expect(() => verifyInclusion(hasher, 0, 2, leaf, [new Uint8Array(31)], leaf)).toThrow(
      code('LOG_HASH_SIZE_INVALID'),
    );
    expect(() => verifyInclusion(hasher, 0, 1, leaf, [], new Uint8Array(0))).toThrow(
      code('LOG_HASH_SIZE_INVALID'),
    );
  });

  it('plans proofs for trees far beyond 2^32 leaves', () => {
    const rng = seededRng('big-plans');
    for (let t = 0; t < 200; t++) {
      const size = 1 + Math.floor(rng.next() * Number.MAX_SAFE_INTEGER);
      const index = Math.floor(rng.next() * size);
      // The proof's subtrees and the leaf tile [0, size) exactly.
      const spans = planNodes(planInclusionProof(index, size)).map(({ level, index: i }) => [
        i * 2 ** level,
        (i + 1) * 2 ** level,
      ]);
      spans.push([index, index + 1]);
      spans.sort((a, b) => a[0]! - b[0]!);
      let at = 0;
      for (const [begin, end] of spans) {
        expect(begin).toBe(at);
        at = end!;
      }
      expect(at).toBe(size);
    }
  });
});

describe('property: random trees up to 300 leaves', () => {
  const rng = seededRng('saksi-proofs');
  const entries = Array.from({ length: 300 }, (_, i) =>
    encodeUtf8(`entry ${i} ${Array.from({ length: rng.int(0, 24) }, () => rng.int(0, 9)).join('')}`),
  );
  const tree = treeOf(entries, fastHasher);
  const roots = [fastHasher.sha256(new Uint8Array())];
  for (let n = 1; n <= entries.length; n++) roots.push(tree.referenceRoot(0, n));
  const leafHashes = tree.levels[0]!;
  /** Corrupted inputs that verified anyway (must stay empty). */
  const accepted: string[] = [];
  const throws = (fn: () => void): boolean => {
    try {
      fn();
      return false;
    } catch {
      return true;
    }
  };

  function checkInclusion(index: number, size: number, thorough: boolean): void {
    const proof = inclusionProof(fastHasher, index, size, tree.getNode);
    verifyInclusion(fastHasher, index, size, leafHashes[index]!, proof, roots[size]!);
    const fails = (i: number, s: number, p: Uint8Array[], r: Uint8Array) => {
      if (!throws(() => verifyInclusion(fastHasher, i, s, leafHashes[index]!, p, r)))
        accepted.push(`${index}/${size}`);
    };
    const bits = thorough ? 256 : 3;
    proof.forEach((_, k) => {
      for (let b = 0; b < bits; b++) {
        const bit = thorough ? b : rng.int(0, 255);
        fails(
          index,
          size,
          proof.map((p, j) => (j === k ? flipBit(p, bit) : p)),
          roots[size]!,
        );
      }
    });
    for (let b = 0; b < bits; b++)
      fails(index, size, proof, flipBit(roots[size]!, thorough ? b : rng.int(0, 255)));
    for (const other of [index - 1, index + 1, index ^ 2, rng.int(0, size - 1)]) {
      if (other !== index && other >= 0 && other < size) fails(other, size, proof, roots[size]!);
    }
    for (const other of [size - 1, size + 1, size * 2, Math.floor(size / 2), rng.int(1, 300)]) {
      if (other !== size && other > index && other <= 300) fails(index, other, proof, roots[other]!);
    }
  }

  function checkConsistency(size1: number, size2: number, thorough: boolean): void {
    const proof = consistencyProof(fastHasher, size1, size2, tree.getNode);
    verifyConsistency(fastHasher, size1, size2, proof, roots[size1]!, roots[size2]!);
    if (size1 === 0 || size1 === size2) return;
    const fails = (s1: number, s2: number, p: Uint8Array[], r1: Uint8Array, r2: Uint8Array) => {
      if (!throws(() => verifyConsistency(fastHasher, s1, s2, p, r1, r2)))
        accepted.push(`${size1}->${size2}`);
    };
    const bits = thorough ? 8 : 2;
    proof.forEach((_, k) => {
      for (let b = 0; b < bits; b++) {
        fails(
          size1,
          size2,
          proof.map((p, j) => (j === k ? flipBit(p, rng.int(0, 255)) : p)),
          roots[size1]!,
          roots[size2]!,
        );
      }
    });
    for (let b = 0; b < bits; b++) {
      fails(size1, size2, proof, flipBit(roots[size1]!, rng.int(0, 255)), roots[size2]!);
      fails(size1, size2, proof, roots[size1]!, flipBit(roots[size2]!, rng.int(0, 255)));
    }
    for (const other of [size1 - 1, size1 + 1, rng.int(1, size2 - 1)]) {
      if (other !== size1 && other > 0 && other < size2)
        fails(other, size2, proof, roots[other]!, roots[size2]!);
    }
    for (const other of [size2 - 1, size2 + 1, rng.int(size1 + 1, 300)]) {
      if (other !== size2 && other > size1 && other <= 300)
        fails(size1, other, proof, roots[size1]!, roots[other]!);
    }
  }

  it('every inclusion proof verifies and every corruption fails (all pairs to size 40, sampled beyond)', () => {
    for (let size = 1; size <= 40; size++) for (let i = 0; i < size; i++) checkInclusion(i, size, size <= 12);
    for (let t = 0; t < 400; t++) {
      const size = rng.int(41, 300);
      checkInclusion(rng.int(0, size - 1), size, false);
    }
    expect(accepted).toEqual([]);
  });

  it('every consistency proof verifies and every corruption fails (all pairs to size 40, sampled beyond)', () => {
    for (let size2 = 0; size2 <= 40; size2++)
      for (let size1 = 0; size1 <= size2; size1++) checkConsistency(size1, size2, true);
    for (let t = 0; t < 400; t++) {
      const size2 = rng.int(41, 300);
      checkConsistency(rng.int(1, size2), size2, false);
    }
    expect(accepted).toEqual([]);
  });
});
