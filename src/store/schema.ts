/**
 * The database's tables as Kysely types. One schema for both dialects:
 * text, integer and nothing dialect-specific, so one query layer serves
 * SQLite and PostgreSQL. Flags are 0/1 integers, times ISO-8601 UTC text.
 */
import type { AccountsDatabase } from './schema-accounts.js';
import type { SupervisionDatabase } from './schema-supervision.js';

export interface MetaTable {
  key: string;
  value: string;
}

export interface RegionTable {
  /** Canonical undotted code. */
  code: string;
  /** 1 province, 2 kab/kota, 3 kecamatan, 4 desa/kelurahan. */
  level: number;
  parent: string | null;
  name: string;
  /** 'kemendagri' (idn-area-data) or 'kpu' (named by KPU data but missing from the official list). */
  source: string;
  note: string | null;
}

export interface ElectionTable {
  id: string;
  name: string;
  kind: string;
  voting_day: string;
  ballot_reserve_permille: number;
  created_at: string;
}

export interface ContestTable {
  id: string;
  election_id: string;
  kind: string;
  region: string;
  name: string;
  sirekap_type: string;
}

export interface CandidateTable {
  id: string;
  contest_id: string;
  ballot_number: number;
  name: string;
  head: string;
  deputy: string;
  color: string;
  empty_column: number;
}

export interface TpsTable {
  code: string;
  village: string;
  district: string;
  regency: string;
  province: string;
  number: number;
  address: string;
  dpt_male: number;
  dpt_female: number;
  dpt_total: number;
}

/** A region code that KPU data names but the official list lacks (kept, marked, reported). */
export interface RegionIssueTable {
  code: string;
  kind: string;
  detail: string;
  reported_at: string;
}

export interface Database extends AccountsDatabase, SupervisionDatabase {
  meta: MetaTable;
  region: RegionTable;
  election: ElectionTable;
  contest: ContestTable;
  candidate: CandidateTable;
  tps: TpsTable;
  region_issue: RegionIssueTable;
}
