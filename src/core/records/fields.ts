/**
 * The fields of a record kind, declared once: how each is stored (a column
 * of its own, or packed with others into one JSON column) and whether it may
 * be null. Row mapping (row.ts), list filters and exports all read this
 * table, so a record kind never needs a hand-written row mapper.
 */
export type FieldType = 'text' | 'int' | 'real' | 'flag' | 'json';

export interface FieldSpec {
  readonly type: FieldType;
  readonly nullable: boolean;
  /** The column name; default: the key in snake_case. */
  readonly column?: string;
  /** Stored inside this JSON text column with the other fields packed there. */
  readonly packedIn?: string;
}

export type Fields<K extends string = string> = Readonly<Record<K, FieldSpec>>;

interface Options {
  readonly column?: string;
  readonly packedIn?: string;
}

const make =
  (type: FieldType, nullable: boolean) =>
  (o: Options = {}): FieldSpec => ({ type, nullable, ...o });

/** Field constructors: `f.text()`, `f.intOrNull({ column: 'n' })`, `f.json({ packedIn: 'body' })`. */
export const f = {
  text: make('text', false),
  textOrNull: make('text', true),
  int: make('int', false),
  intOrNull: make('int', true),
  real: make('real', false),
  realOrNull: make('real', true),
  flag: make('flag', false),
  flagOrNull: make('flag', true),
  json: make('json', false),
  jsonOrNull: make('json', true),
} as const;

/** The column a field is stored in (for packed fields: the JSON column). */
export function columnOf(key: string, spec: FieldSpec): string {
  return spec.packedIn ?? spec.column ?? key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
