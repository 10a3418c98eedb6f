/**
 * Export of a C.Hasil (complete or partial) as a Sirekap per-TPS record, in
 * the Pemilu flat shape or the Pilkada `tungsura` shape. Unknown numbers are
 * written as null; nothing is invented.
 */
import type { CHasilLike, Count, TripleLike } from '../forms/index.js';
import { SUFFIX, TRIPLES } from './wire.js';
import type {
  SirekapAdministrasi,
  SirekapChart,
  SirekapExtras,
  SirekapTps,
  SirekapTpsPemilu,
  SirekapTpsPilkada,
} from './wire.js';

/** `variant` is required; the rest defaults from the form. */
export type SirekapExportOptions = Partial<SirekapExtras> & Pick<SirekapExtras, 'variant'>;

export function toSirekapTps(
  form: CHasilLike,
  extras: SirekapExportOptions & { variant: 'pemilu' },
): SirekapTpsPemilu;
export function toSirekapTps(
  form: CHasilLike,
  extras: SirekapExportOptions & { variant: 'pilkada' },
): SirekapTpsPilkada;
export function toSirekapTps(form: CHasilLike, extras: SirekapExportOptions): SirekapTps;
export function toSirekapTps(form: CHasilLike, extras: SirekapExportOptions): SirekapTps {
  const chart = chartOf(form);
  const administrasi = administrasiOf(form);
  const mode = extras.mode ?? 'hhcw';
  const images = [...(extras.imageUrls ?? [])];
  const tail = {
    psu: extras.psu !== undefined ? extras.psu : psuOf(form),
    ts: extras.ts ?? null,
    status_suara: extras.statusVotes ?? (chart !== null && Object.values(chart).every((n) => n !== null)),
    status_adm: extras.statusAdm ?? Object.values(administrasi).every((n) => n !== null),
  };
  if (extras.variant === 'pilkada') return { mode, tungsura: { chart, administrasi }, images, ...tail };
  return { mode, chart, images, administrasi, ...tail };
}

function chartOf(form: CHasilLike): SirekapChart | null {
  return form.votes === null ? null : Object.fromEntries(Object.entries(form.votes));
}

function administrasiOf(form: CHasilLike): SirekapAdministrasi {
  const u = form.voters.users;
  const where: Readonly<Record<(typeof TRIPLES)[number][1], TripleLike>> = {
    dpt: form.voters.dpt,
    'users.dpt': u.dpt,
    'users.dptb': u.dptb,
    'users.dpk': u.dpk,
    'users.total': u.total,
  };
  const entries: [string, Count][] = [
    ['suara_sah', form.valid],
    ['suara_total', form.total],
    ['suara_tidak_sah', form.invalid],
  ];
  for (const [prefix, at] of TRIPLES) {
    const t = where[at];
    entries.push(
      [`${prefix}_${SUFFIX.total}`, t.total],
      [`${prefix}_${SUFFIX.male}`, t.male],
      [`${prefix}_${SUFFIX.female}`, t.female],
    );
  }
  return Object.fromEntries(entries) as unknown as SirekapAdministrasi;
}

/** Sirekap's `psu` is null for a regular count; other values are Saksi's status id. */
function psuOf(form: CHasilLike): string | null {
  return form.status === null || form.status === 'reguler' ? null : form.status;
}
