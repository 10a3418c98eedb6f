/**
 * Import of one Sirekap per-TPS record. The JSON comes from outside (KPU's
 * servers or a scraper's copy) and is hostile input: sizes are bounded and
 * every present field must have its type, but real-world nulls (unread
 * numbers, `"null": null` in `chart`, `psu: null`, a null `administrasi`) are
 * accepted and become "unknown". Unknown extra top-level keys are ignored
 * (KPU adds fields over time); their number is bounded.
 */
import { msg } from '../errors/index.js';
import type { CHasilLike, Count, TripleLike } from '../forms/index.js';
import { MAX_IMAGES, MAX_VOTE_KEYS } from '../forms/index.js';
import { ID, ShapeReader, TPS_CODE, isPlainObject, join } from '../forms/shape.js';
import { SUFFIX, TRIPLES } from './wire.js';
import type { SirekapExtras, SirekapVariant } from './wire.js';

export interface SirekapTpsRecord {
  readonly form: CHasilLike;
  readonly extras: SirekapExtras;
}

/** Where the record came from: its path names the TPS, the caller knows the contest. */
export interface SirekapTpsContext {
  readonly contestId: string;
  readonly tps: string;
}

const MAX_KEYS = 50;
const PAIR_KEY = /^(?:\d{1,12}|null)$/;
const IMAGE_URL = /^https:\/\/\S{1,490}$/;
const TS = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const NULL_TRIPLE: TripleLike = { male: null, female: null, total: null };

export function parseSirekapTps(input: unknown, at: SirekapTpsContext): SirekapTpsRecord {
  const r = new ShapeReader();
  const contestId = r.text(at.contestId, 'at.contestId', { max: 100, pattern: ID });
  const tps = r.text(at.tps, 'at.tps', {
    max: 13,
    pattern: TPS_CODE,
    format: msg('kode TPS 13 digit', 'a 13-digit TPS code'),
  });
  const o = readTop(r, input);
  const variant: SirekapVariant = Object.hasOwn(o, 'tungsura') ? 'pilkada' : 'pemilu';
  const body =
    variant === 'pilkada' ? readTungsura(r, o) : { chart: o.chart, administrasi: o.administrasi, base: '$' };
  const votes = readChart(r, body.chart, join(body.base, 'chart'));
  const admin = readAdministrasi(r, body.administrasi, join(body.base, 'administrasi'));
  const extras = readExtras(r, o, variant);
  r.throwIfAny('SIREKAP_TPS_INVALID', msg('Data TPS Sirekap', 'The Sirekap TPS record'));
  return { form: toForm(contestId, tps, votes, admin), extras };
}

function readTop(r: ShapeReader, input: unknown): Record<string, unknown> {
  if (!isPlainObject(input)) {
    r.fail(
      'SHAPE_WRONG_TYPE',
      '$',
      msg('Data TPS harus berupa objek JSON.', 'The TPS record must be a JSON object.'),
    );
    return {};
  }
  if (Object.keys(input).length > MAX_KEYS) {
    r.fail(
      'SHAPE_TOO_MANY',
      '$',
      msg(
        `Data TPS berisi lebih dari ${MAX_KEYS} isian.`,
        `The TPS record has more than ${MAX_KEYS} fields.`,
      ),
    );
    return {};
  }
  return input;
}

function readTungsura(
  r: ShapeReader,
  o: Record<string, unknown>,
): { chart: unknown; administrasi: unknown; base: string } {
  for (const key of ['chart', 'administrasi']) {
    if (Object.hasOwn(o, key)) {
      r.fail(
        'SHAPE_UNKNOWN_FIELD',
        key,
        msg(`${key} harus berada di dalam tungsura.`, `${key} belongs inside tungsura.`),
      );
    }
  }
  if (o.tungsura === null) return { chart: null, administrasi: null, base: 'tungsura' };
  const t = r.object(o.tungsura, 'tungsura', [], ['chart', 'administrasi']);
  return { chart: t.chart, administrasi: t.administrasi, base: 'tungsura' };
}

/** chart → votes; the `"null": null` key of real files is dropped. */
function readChart(r: ShapeReader, v: unknown, path: string): Record<string, Count> | null {
  if (v === null || v === undefined) return null;
  const votes: [string, Count][] = [];
  for (const [key, n] of r.record(v, path, MAX_VOTE_KEYS + 1, PAIR_KEY)) {
    if (key !== 'null') votes.push([key, r.countOrNull(n, join(path, key))]);
    else if (n !== null)
      r.fail(
        'SHAPE_BAD_FORMAT',
        join(path, key),
        msg(`${path}.null harus null.`, `${path}.null must be null.`),
      );
  }
  return Object.fromEntries(votes);
}

type Admin = Readonly<Record<string, Count>>;

function readAdministrasi(r: ShapeReader, v: unknown, path: string): Admin {
  if (v === null || v === undefined) return {};
  if (!isPlainObject(v) || Object.keys(v).length > MAX_KEYS) {
    r.fail(
      'SHAPE_WRONG_TYPE',
      path,
      msg(`${path} harus berupa objek kecil.`, `${path} must be a small object.`),
    );
    return {};
  }
  const names = [
    'suara_sah',
    'suara_tidak_sah',
    'suara_total',
    ...TRIPLES.flatMap(([p]) => Object.values(SUFFIX).map((s) => `${p}_${s}`)),
  ];
  return Object.fromEntries(names.map((n) => [n, r.countOrNull(v[n], join(path, n))]));
}

function readExtras(r: ShapeReader, o: Record<string, unknown>, variant: SirekapVariant): SirekapExtras {
  const optText = (k: string, max: number, pattern?: RegExp) =>
    o[k] === null || o[k] === undefined
      ? null
      : r.text(o[k], k, pattern === undefined ? { max } : { max, pattern });
  const optBool = (k: string) => (o[k] === null || o[k] === undefined ? null : r.boolean(o[k], k));
  const images = o.images === null || o.images === undefined ? [] : r.array(o.images, 'images', MAX_IMAGES);
  return {
    variant,
    mode: optText('mode', 20),
    imageUrls: images.map((u, i) =>
      u === null ? null : r.text(u, `images[${i}]`, { max: 500, pattern: IMAGE_URL }),
    ),
    psu: optText('psu', 100),
    ts: optText('ts', 19, TS),
    statusVotes: optBool('status_suara'),
    statusAdm: optBool('status_adm'),
  };
}

function toForm(contestId: string, tps: string, votes: Record<string, Count> | null, a: Admin): CHasilLike {
  const triple = (prefix: string): TripleLike => ({
    male: a[`${prefix}_${SUFFIX.male}`] ?? null,
    female: a[`${prefix}_${SUFFIX.female}`] ?? null,
    total: a[`${prefix}_${SUFFIX.total}`] ?? null,
  });
  return {
    contestId,
    tps,
    status: null,
    countedAt: null,
    voters: {
      dpt: triple('pemilih_dpt'),
      users: {
        dpt: triple('pengguna_dpt'),
        dptb: triple('pengguna_dptb'),
        dpk: triple('pengguna_non_dpt'),
        total: triple('pengguna_total'),
      },
    },
    ballots: { received: null, damaged: null, unused: null, used: null },
    disability: { registered: NULL_TRIPLE, voted: NULL_TRIPLE },
    votes,
    valid: a.suara_sah ?? null,
    invalid: a.suara_tidak_sah ?? null,
    total: a.suara_total ?? null,
    images: [],
  };
}
