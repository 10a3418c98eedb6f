/** Strict readers for statement bodies (hostile input): each names the field at fault. */
import { SaksiError, msg } from '../../errors/index.js';

export function bodyError(code: string, field: string, id: string, en: string): SaksiError {
  return new SaksiError(code, msg(`${field}: ${id}.`, `${field}: ${en}.`), { field });
}

export function obj(v: unknown, field: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw bodyError('BODY_FIELD_INVALID', field, 'harus objek', 'must be an object');
  return v as Record<string, unknown>;
}

export function str(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > max) {
    throw bodyError(
      'BODY_FIELD_INVALID',
      field,
      `harus teks 1–${max} karakter`,
      `must be text of 1–${max} characters`,
    );
  }
  return v;
}

export function int(v: unknown, field: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw bodyError(
      'BODY_FIELD_INVALID',
      field,
      `harus bilangan bulat ${min}–${max}`,
      `must be an integer from ${min} to ${max}`,
    );
  }
  return v;
}

export function oneOf<T extends string>(v: unknown, field: string, options: readonly T[]): T {
  if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) {
    throw bodyError(
      'BODY_FIELD_INVALID',
      field,
      `harus salah satu dari ${options.join(', ')}`,
      `must be one of ${options.join(', ')}`,
    );
  }
  return v as T;
}
