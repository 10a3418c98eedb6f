/**
 * Test helpers: an in-memory RFC 6962 tree that stores every complete
 * subtree hash (the reference the proof generator reads from), and the
 * recursive RFC 6962 §2.1 MTH definition to cross-check the fast root.
 */
import type { LogHasher } from '../crypto.js';
import { decodeHex } from '../encoding.js';
import { emptyRoot, hashChildren, hashLeaf } from '../hash.js';
import type { NodeHashGetter } from '../proof.js';

export function hex(text: string): Uint8Array {
  const bytes = decodeHex(text);
  if (bytes === undefined) throw new Error(`bad hex in test vector: ${text}`);
  return bytes;
}

export class MemoryTree {
  readonly levels: Uint8Array[][] = [[]];

  constructor(readonly hasher: LogHasher) {}

  get size(): number {
    return this.levels[0]!.length;
  }

  appendEntry(entry: Uint8Array): void {
    this.appendLeafHash(hashLeaf(this.hasher, entry));
  }

  appendLeafHash(leafHash: Uint8Array): void {
    this.levels[0]!.push(leafHash);
    for (let level = 0; ; level++) {
      const row = this.levels[level]!;
      if (row.length % 2 !== 0) return;
      const parent = (this.levels[level + 1] ??= []);
      parent.push(hashChildren(this.hasher, row[row.length - 2]!, row[row.length - 1]!));
    }
  }

  readonly getNode: NodeHashGetter = ({ level, index }) => {
    const hash = this.levels[level]?.[index];
    if (hash === undefined) throw new Error(`no complete subtree at ${level}/${index}`);
    return hash;
  };

  /** RFC 6962 §2.1 MTH(D[begin:end]) by its recursive definition. */
  referenceRoot(begin = 0, end = this.size): Uint8Array {
    const n = end - begin;
    if (n === 0) return emptyRoot(this.hasher);
    if (n === 1) return this.levels[0]![begin]!;
    let k = 1;
    while (k * 2 < n) k *= 2;
    return hashChildren(this.hasher, this.referenceRoot(begin, begin + k), this.referenceRoot(begin + k, end));
  }
}
