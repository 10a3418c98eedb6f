import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithSharedData } from '../../../test/support/shared-data.js';
import { seededRng } from '../random/index.js';
import { nobleCrypto } from './crypto-noble.js';
import { encodeHex } from './encoding.js';
import { CompactRange, emptyRoot, hashChildren, hashLeaf, rootFromLeafHashes } from './hash.js';
import { LEAF_INPUTS_HEX, NODE_HASHES_HEX, ROOTS_BY_SIZE_HEX } from './testdata/rfc6962-proofs.js';
import { MemoryTree, hex } from './testdata/tree.js';

const hasher = nobleCrypto;
const leafHashes = LEAF_INPUTS_HEX.map((entry) => hashLeaf(hasher, hex(entry)));

describe('RFC 6962 hashing (transparency-dev/merkle testonly vectors)', () => {
  it('hashes leaves with the 0x00 prefix', () => {
    expect(leafHashes.map(encodeHex)).toEqual(NODE_HASHES_HEX[0]);
  });

  it('hashes interior nodes with the 0x01 prefix', () => {
    expect(encodeHex(hashChildren(hasher, leafHashes[0]!, leafHashes[1]!))).toBe(NODE_HASHES_HEX[1][0]);
  });

  it('gives the published root for every size 0..8', () => {
    ROOTS_BY_SIZE_HEX.forEach((root, size) => {
      expect(encodeHex(rootFromLeafHashes(hasher, leafHashes.slice(0, size)))).toBe(root);
    });
    expect(encodeHex(emptyRoot(hasher))).toBe(ROOTS_BY_SIZE_HEX[0]);
  });
});

describeWithSharedData('RFC 6962 roots from /work/shared/data/vectors/rfc6962.json', (dir) => {
  it('matches every published root', () => {
    const vectors = JSON.parse(readFileSync(join(dir, 'vectors/rfc6962.json'), 'utf8')) as {
      leaf_inputs_hex: string[];
      root_by_size_hex: string[];
    };
    const leaves = vectors.leaf_inputs_hex.map((entry) => hashLeaf(hasher, hex(entry)));
    vectors.root_by_size_hex.forEach((root, size) => {
      expect(encodeHex(rootFromLeafHashes(hasher, leaves.slice(0, size)))).toBe(root);
    });
  });
});

describe('CompactRange', () => {
  it('gives the root at every size while appending, equal to the recursive definition', () => {
    const rng = seededRng('compact-range');
    const tree = new MemoryTree(hasher);
    const range = new CompactRange(hasher);
    for (let i = 0; i < 300; i++) {
      const entry = Uint8Array.from({ length: rng.int(0, 40) }, () => rng.int(0, 255));
      tree.appendEntry(entry);
      range.append(hashLeaf(hasher, entry));
      expect(range.size).toBe(tree.size);
      expect(range.nodes).toHaveLength((i + 1).toString(2).split('1').length - 1);
      expect(encodeHex(range.root())).toBe(encodeHex(tree.referenceRoot()));
    }
  });

  it('resumes from a stored state', () => {
    const range = new CompactRange(hasher);
    leafHashes.slice(0, 5).forEach((h) => range.append(h));
    const resumed = new CompactRange(hasher, range.size, range.nodes);
    leafHashes.slice(5).forEach((h) => resumed.append(h));
    expect(encodeHex(resumed.root())).toBe(ROOTS_BY_SIZE_HEX[8]);
  });

  it('refuses a state whose node count does not match the size', () => {
    expect(() => new CompactRange(hasher, 3, [leafHashes[0]!])).toThrow(
      expect.objectContaining({ code: 'LOG_COMPACT_RANGE_INVALID' }),
    );
    expect(() => new CompactRange(hasher, -1, [])).toThrow(
      expect.objectContaining({ code: 'LOG_TREE_SIZE_INVALID' }),
    );
  });

  it('refuses a leaf hash that is not 32 bytes', () => {
    expect(() => new CompactRange(hasher).append(new Uint8Array(31))).toThrow(
      expect.objectContaining({ code: 'LOG_HASH_SIZE_INVALID' }),
    );
  });
});
