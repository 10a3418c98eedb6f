/**
 * KPU Sirekap's public per-TPS JSON, the de-facto exchange format of results
 * (docs/DOMAIN.md §4). Pemilu files are flat (`chart`, `administrasi` at the top);
 * Pilkada files nest both under `tungsura`. Numbers are null where Sirekap
 * has not (yet) read them. Sirekap has no ballot-paper or disability fields.
 */
import type { Count } from '../forms/index.js';

export type SirekapVariant = 'pemilu' | 'pilkada';

/** The 18 `administrasi` fields: suara_* and the L/P/J triples. */
export type SirekapAdministrasi = {
  readonly [
    K in 'suara_sah' | 'suara_tidak_sah' | 'suara_total' | `${SirekapTripleName}_${'j' | 'l' | 'p'}`
  ]: Count;
};

export type SirekapTripleName =
  'pemilih_dpt' | 'pengguna_dpt' | 'pengguna_dptb' | 'pengguna_non_dpt' | 'pengguna_total';

/** Pair id (Sirekap's numeric id as a string) → votes. */
export type SirekapChart = Readonly<Record<string, Count>>;

interface SirekapTpsCommon {
  readonly mode: string;
  readonly images: readonly (string | null)[];
  readonly psu: string | null;
  readonly ts: string | null;
  readonly status_suara: boolean;
  readonly status_adm: boolean;
}

export interface SirekapTpsPemilu extends SirekapTpsCommon {
  readonly chart: SirekapChart | null;
  readonly administrasi: SirekapAdministrasi | null;
}

export interface SirekapTpsPilkada extends SirekapTpsCommon {
  readonly tungsura: {
    readonly chart: SirekapChart | null;
    readonly administrasi: SirekapAdministrasi | null;
  } | null;
}

export type SirekapTps = SirekapTpsPemilu | SirekapTpsPilkada;

/** What a Sirekap record holds beside the form's figures, kept for export. */
export interface SirekapExtras {
  readonly variant: SirekapVariant;
  readonly mode: string | null;
  /** Photo URLs as published (null where a page is missing). Not hashes: Saksi hashes photos it fetches. */
  readonly imageUrls: readonly (string | null)[];
  /** Sirekap's `psu` as published (its vocabulary is not documented). */
  readonly psu: string | null;
  /** Sirekap's `ts`, "YYYY-MM-DD HH:MM:SS" as published (server time, WIB). */
  readonly ts: string | null;
  readonly statusVotes: boolean | null;
  readonly statusAdm: boolean | null;
}

/** Triple field prefix → where it lives in a C.Hasil's `voters`. */
export const TRIPLES: readonly (readonly [
  SirekapTripleName,
  'dpt' | 'users.dpt' | 'users.dptb' | 'users.dpk' | 'users.total',
])[] = [
  ['pemilih_dpt', 'dpt'],
  ['pengguna_dpt', 'users.dpt'],
  ['pengguna_dptb', 'users.dptb'],
  ['pengguna_non_dpt', 'users.dpk'],
  ['pengguna_total', 'users.total'],
];

/** Sirekap's suffixes: j(umlah), l(aki-laki), p(erempuan). */
export const SUFFIX = { total: 'j', male: 'l', female: 'p' } as const;
