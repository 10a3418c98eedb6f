/**
 * Strict shape reading of untrusted statement bodies (uploads, imported JSON).
 * Hand-written rather than zod so that core stays dependency-free, every
 * problem carries a stable code and a bilingual message, and all problems of
 * one input are listed at once.
 *
 * A `ShapeReader` collects problems while reading; readers return a harmless
 * placeholder on failure so that reading can go on. The caller MUST throw
 * (`reader.throwIfAny`) before using the result.
 */
import { SaksiError, msg, problem } from '../errors/index.js';
import type { Message, Problem } from '../errors/index.js';

/** Codes of single shape problems (inside the thrown error's `problems`). */
export type ShapeCode =
  | 'SHAPE_MISSING'
  | 'SHAPE_UNKNOWN_FIELD'
  | 'SHAPE_WRONG_TYPE'
  | 'SHAPE_NOT_COUNT'
  | 'SHAPE_TOO_LONG'
  | 'SHAPE_BAD_FORMAT'
  | 'SHAPE_TOO_MANY'
  | 'SHAPE_DUPLICATE';

export const SHA256_HEX = /^[0-9a-f]{64}$/;
/** Ids of contests, pairs and the like: no leading `_` (keeps `__proto__` out). */
export const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const TPS_CODE = /^\d{13}$/;
/** ISO 8601 in UTC, seconds required, milliseconds optional. */
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?Z$/;

export interface TextRule {
  max: number;
  min?: number;
  pattern?: RegExp;
  /** What the pattern means, for the message, e.g. "13 digits". */
  format?: Message;
}

export class ShapeReader {
  readonly problems: Problem[] = [];

  /** A JSON object with exactly these keys (`optional` may be absent). */
  object(
    v: unknown,
    path: string,
    required: readonly string[],
    optional: readonly string[] = [],
  ): Record<string, unknown> {
    if (this.absent(v, path)) return {};
    if (!isPlainObject(v)) {
      this.fail('SHAPE_WRONG_TYPE', path, msg(`${path} harus berupa objek.`, `${path} must be an object.`));
      return {};
    }
    for (const key of required) {
      if (!Object.hasOwn(v, key)) this.fail('SHAPE_MISSING', join(path, key), missing(join(path, key)));
    }
    const known = new Set([...required, ...optional]);
    for (const key of Object.keys(v)) {
      if (!known.has(key)) {
        const p = join(path, clip(key));
        this.fail('SHAPE_UNKNOWN_FIELD', p, msg(`Isian ${p} tidak dikenal.`, `Field ${p} is not known.`));
      }
    }
    return v;
  }

  /** A non-negative safe integer (a count of people, ballots or votes). */
  count(v: unknown, path: string): number {
    if (this.absent(v, path)) return 0;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    this.fail(
      'SHAPE_NOT_COUNT',
      path,
      msg(`${path} harus bilangan bulat tidak negatif.`, `${path} must be a non-negative whole number.`),
    );
    return 0;
  }

  /** A count, or null for "unknown" (imported records). */
  countOrNull(v: unknown, path: string): number | null {
    return v === null || v === undefined ? null : this.count(v, path);
  }

  text(v: unknown, path: string, rule: TextRule): string {
    if (this.absent(v, path)) return '';
    if (typeof v !== 'string') {
      this.fail('SHAPE_WRONG_TYPE', path, msg(`${path} harus berupa teks.`, `${path} must be text.`));
      return '';
    }
    if (v.length > rule.max) {
      this.fail(
        'SHAPE_TOO_LONG',
        path,
        msg(`${path} melebihi ${rule.max} karakter.`, `${path} is longer than ${rule.max} characters.`),
      );
    } else if (v.length < (rule.min ?? 1)) {
      this.fail('SHAPE_MISSING', path, msg(`${path} tidak boleh kosong.`, `${path} must not be empty.`));
    } else if (rule.pattern !== undefined && !rule.pattern.test(v)) {
      const f = rule.format ?? msg('format yang benar', 'the expected format');
      this.fail('SHAPE_BAD_FORMAT', path, msg(`${path} harus ${f.id}.`, `${path} must be ${f.en}.`));
    }
    return v;
  }

  oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
    if (this.absent(v, path)) return values[0] as T;
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    const list = values.join(', ');
    this.fail(
      'SHAPE_BAD_FORMAT',
      path,
      msg(`${path} harus salah satu dari: ${list}.`, `${path} must be one of: ${list}.`),
    );
    return values[0] as T;
  }

  /** An ISO 8601 UTC timestamp naming a real calendar instant. */
  isoUtc(v: unknown, path: string): string {
    const format = msg(
      'waktu ISO 8601 UTC, mis. 2024-11-27T07:30:00Z',
      'an ISO 8601 UTC time, e.g. 2024-11-27T07:30:00Z',
    );
    const before = this.problems.length;
    const text = this.text(v, path, { max: 30 });
    if (this.problems.length > before) return text;
    const m = ISO_UTC.exec(text);
    if (m === null || !isRealInstant(m)) {
      this.fail(
        'SHAPE_BAD_FORMAT',
        path,
        msg(`${path} harus ${format.id}.`, `${path} must be ${format.en}.`),
      );
    }
    return text;
  }

  array(v: unknown, path: string, max: number): unknown[] {
    if (this.absent(v, path)) return [];
    if (!Array.isArray(v)) {
      this.fail('SHAPE_WRONG_TYPE', path, msg(`${path} harus berupa daftar.`, `${path} must be a list.`));
      return [];
    }
    if (v.length > max) {
      this.fail('SHAPE_TOO_MANY', path, tooMany(path, max));
      return v.slice(0, max);
    }
    return v;
  }

  /** A record (JSON object used as a map): bounded size, keys matching `key`. */
  record(v: unknown, path: string, max: number, key: RegExp): [string, unknown][] {
    if (this.absent(v, path)) return [];
    if (!isPlainObject(v)) {
      this.fail('SHAPE_WRONG_TYPE', path, msg(`${path} harus berupa objek.`, `${path} must be an object.`));
      return [];
    }
    const entries = Object.entries(v);
    if (entries.length > max) {
      this.fail('SHAPE_TOO_MANY', path, tooMany(path, max));
      return [];
    }
    return entries.filter(([k]) => {
      if (key.test(k)) return true;
      const p = join(path, clip(k));
      this.fail('SHAPE_BAD_FORMAT', p, msg(`Kunci ${p} tidak sah.`, `Key ${p} is not valid.`));
      return false;
    });
  }

  boolean(v: unknown, path: string): boolean {
    if (this.absent(v, path)) return false;
    if (typeof v === 'boolean') return v;
    this.fail(
      'SHAPE_WRONG_TYPE',
      path,
      msg(`${path} harus true atau false.`, `${path} must be true or false.`),
    );
    return false;
  }

  /**
   * True when `v` is absent (undefined). Reported once as SHAPE_MISSING, unless
   * the path or one of its parents already has a problem (no cascades).
   */
  private absent(v: unknown, path: string): boolean {
    if (v !== undefined) return false;
    if (!this.covered(path)) this.fail('SHAPE_MISSING', path, missing(path));
    return true;
  }

  private covered(path: string): boolean {
    return this.problems.some(
      ({ fields: [f = ''] }) =>
        f === '$' || f === path || path.startsWith(`${f}.`) || path.startsWith(`${f}[`),
    );
  }

  fail(code: ShapeCode, path: string, message: Message): void {
    this.problems.push(problem(code, [path], message));
  }

  /** Throw one SaksiError listing every problem, if there is any. */
  throwIfAny(code: string, what: Message): void {
    if (this.problems.length === 0) return;
    throw shapeError(code, what, this.problems);
  }
}

export function shapeError(code: string, what: Message, problems: readonly Problem[]): SaksiError {
  const n = problems.length;
  return new SaksiError(
    code,
    msg(`${what.id} tidak sah (${n} masalah).`, `${what.en} is not valid (${n} problems).`),
    {
      field: problems[0]?.fields[0] ?? '$',
      problems,
    },
  );
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `voters` + `dpt` → `voters.dpt`; the root `$` is left out of paths. */
export function join(path: string, key: string): string {
  return path === '$' || path === '' ? key : `${path}.${key}`;
}

/** Attacker-chosen keys are clipped before they enter a message. */
function clip(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

function isRealInstant(m: RegExpExecArray): boolean {
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return (
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d &&
    t.getUTCHours() === h &&
    t.getUTCMinutes() === mi &&
    t.getUTCSeconds() === s
  );
}

const missing = (p: string) => msg(`Isian ${p} wajib ada.`, `Field ${p} is required.`);
const tooMany = (p: string, max: number) =>
  msg(`${p} berisi lebih dari ${max} butir.`, `${p} holds more than ${max} items.`);
