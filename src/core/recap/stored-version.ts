/**
 * A version of a TPS's form as the ledger keeps it: the form as its JSON
 * text, parsed again when read. A parsed C.Hasil is a tree of some forty
 * small objects (≈ 1.5 KB of heap); its text is ≈ 0.5 KB. At national scale
 * (≈ 870,000 forms) that is the difference between fitting in 1.5 GB or not
 * (bench/RESULTS.md). Reads of a form are rare next to writes: a TPS page, a
 * Sirekap export, a recap plenary.
 */
import type { Problem } from '../errors/index.js';
import type { CHasilLike, EntryRef } from '../forms/index.js';
import type { FormKind, HistoryEntry, ImportSource } from './types.js';

const NONE: readonly never[] = Object.freeze([]);

export class StoredVersion implements HistoryEntry {
  readonly index: number;
  readonly hash: string;
  readonly kind: FormKind;
  readonly keyId: string;
  readonly warnings: readonly Problem[];
  readonly flags: readonly Problem[];
  readonly notCheckable: readonly string[];
  readonly supersedes?: EntryRef;
  readonly reason?: string;
  readonly plenary?: string;
  readonly source?: ImportSource;
  readonly #form: string;

  constructor(e: HistoryEntry) {
    this.index = e.index;
    this.hash = e.hash;
    this.kind = e.kind;
    this.keyId = e.keyId;
    this.warnings = e.warnings.length === 0 ? NONE : e.warnings;
    this.flags = e.flags.length === 0 ? NONE : e.flags;
    this.notCheckable = e.notCheckable.length === 0 ? NONE : e.notCheckable;
    if (e.supersedes !== undefined) this.supersedes = e.supersedes;
    if (e.reason !== undefined) this.reason = e.reason;
    if (e.plenary !== undefined) this.plenary = e.plenary;
    if (e.source !== undefined) this.source = e.source;
    this.#form = JSON.stringify(e.form);
  }

  /** A fresh copy of the form on every read (callers may not change the record). */
  get form(): CHasilLike {
    return JSON.parse(this.#form) as CHasilLike;
  }

  /** JSON (the API's history) carries the form like any other field. */
  toJSON(): HistoryEntry {
    return {
      index: this.index,
      hash: this.hash,
      kind: this.kind,
      keyId: this.keyId,
      form: this.form,
      warnings: this.warnings,
      flags: this.flags,
      notCheckable: this.notCheckable,
      ...(this.supersedes === undefined ? {} : { supersedes: this.supersedes }),
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      ...(this.plenary === undefined ? {} : { plenary: this.plenary }),
      ...(this.source === undefined ? {} : { source: this.source }),
    };
  }
}
