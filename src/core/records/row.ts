/**
 * Records ↔ rows, derived from a kind's field table: flags are 0/1 integers,
 * JSON fields are text, packed fields share one JSON text column. Pure:
 * the store calls these on the rows it reads and writes.
 */
import type { FieldSpec, Fields } from './fields.js';
import { columnOf } from './fields.js';

export type Row = Record<string, unknown>;

function encode(spec: FieldSpec, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (spec.type) {
    case 'flag':
      return v === true ? 1 : 0;
    case 'json':
      return spec.packedIn === undefined ? JSON.stringify(v) : v;
    default:
      return v;
  }
}

function decode(spec: FieldSpec, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  switch (spec.type) {
    case 'flag':
      return Number(v) === 1;
    case 'int':
    case 'real':
      return Number(v);
    case 'json':
      return spec.packedIn === undefined ? JSON.parse(String(v)) : v;
    default:
      return v;
  }
}

/** The row a record is stored as. */
export function toRow(fields: Fields, record: object): Row {
  const r = record as Record<string, unknown>;
  const row: Row = {};
  const packs: Record<string, Record<string, unknown>> = {};
  for (const [key, spec] of Object.entries(fields)) {
    const value = encode(spec, r[key]);
    if (spec.packedIn === undefined) row[columnOf(key, spec)] = value;
    else (packs[spec.packedIn] ??= {})[key] = value;
  }
  for (const [column, pack] of Object.entries(packs)) row[column] = JSON.stringify(pack);
  return row;
}

/** The record a row holds; packed columns are parsed once each. */
export function fromRow<T>(fields: Fields, row: Row): T {
  const out: Record<string, unknown> = {};
  const packs = new Map<string, Record<string, unknown>>();
  for (const [key, spec] of Object.entries(fields)) {
    if (spec.packedIn === undefined) {
      out[key] = decode(spec, row[columnOf(key, spec)]);
      continue;
    }
    let pack = packs.get(spec.packedIn);
    if (pack === undefined) {
      pack = JSON.parse(String(row[spec.packedIn] ?? '{}')) as Record<string, unknown>;
      packs.set(spec.packedIn, pack);
    }
    out[key] = decode(spec, pack[key]);
  }
  return out as T;
}

/** The columns a partial update sets. Packed fields cannot be patched one by one. */
export function patchRow(fields: Fields, patch: object): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(patch)) {
    const spec = fields[key];
    if (spec === undefined) throw new Error(`unknown field ${key}`);
    if (spec.packedIn !== undefined) throw new Error(`packed field ${key} cannot be patched`);
    if (value !== undefined) row[columnOf(key, spec)] = encode(spec, value);
  }
  return row;
}

/** Every column of the kind's table, once each, in declaration order. */
export function columnsOf(fields: Fields): string[] {
  return [...new Set(Object.entries(fields).map(([k, s]) => columnOf(k, s)))];
}
