/**
 * A version of a TPS's form as the ledger keeps it. A lean ledger (the
 * server's) keeps no form at all: its figures are in the tally, and the form
 * is read back from the log entry by index when a TPS page or a Sirekap TPS
 * file asks (`formOfEntry`). Otherwise (tests, tools) the form is kept as
 * its JSON text, flat, and parsed again when read: a parsed C.Hasil is a
 * tree of some forty small objects (≈ 1.5 KB of heap), its text ≈ 0.6 KB.
 * At national scale (≈ 850,000 forms) either is the difference between
 * fitting in 1.5 GB or not (bench/RESULTS.md).
 */
import { SaksiError, msg } from '../errors/index.js';
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
  readonly #form: string | null;

  constructor(e: HistoryEntry, keepForm = true) {
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
    this.#form = keepForm ? flat(JSON.stringify(e.form)) : null;
  }

  /** Whether the form is held here; if not, read entry `index` of the log (`formOfEntry`). */
  get holdsForm(): boolean {
    return this.#form !== null;
  }

  /** A fresh copy of the form on every read (callers may not change the record). */
  get form(): CHasilLike {
    if (this.#form === null)
      throw new SaksiError(
        'FORM_NOT_IN_MEMORY',
        msg(
          `Formulir entri ${this.index} dibaca dari log, tidak disimpan di memori.`,
          `The form of entry ${this.index} is read from the log, not kept in memory.`,
        ),
      );
    return JSON.parse(this.#form) as CHasilLike;
  }

  /** JSON (the API's history) carries the form like any other field. */
  toJSON(): HistoryEntry {
    return this.withForm(this.form);
  }

  /** The version as a plain entry with `form` (read back from the log when this version holds none). */
  withForm(form: CHasilLike): HistoryEntry {
    return {
      index: this.index,
      hash: this.hash,
      kind: this.kind,
      keyId: this.keyId,
      form,
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

/**
 * The same text in one piece: JSON.stringify answers with a rope of parts
 * (≈ 30 % more heap per form); reading a character joins it in place, and
 * the collector then drops the rope's nodes.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
