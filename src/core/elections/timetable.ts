/**
 * The timetable (tahapan) of an election event, as configuration (docs/DOMAIN.md
 * §8): each stage has an id, a bilingual name and description, and a first
 * and last day, inclusive, as calendar dates in the election authority's
 * zone (WIB for KPU RI's national schedule). Stages may overlap (the recap
 * levels do). Which stages are current is computed from a clock passed in:
 * the core never reads the time itself.
 */
import type { Message } from '../errors/index.js';
import { UTC_OFFSET_MINUTES } from '../regions/timezone.js';
import type { IndonesianZone } from '../regions/timezone.js';

export interface TimetableStage {
  readonly id: string;
  readonly name: Message;
  readonly description: Message;
  /** First day, `YYYY-MM-DD`, in the timetable's zone. */
  readonly start: string;
  /** Last day, inclusive. */
  readonly end: string;
  /** Dates from secondary sources, to check against the PKPU before relying on them. */
  readonly verify?: boolean;
}

export interface Timetable {
  readonly electionId: string;
  readonly zone: IndonesianZone;
  readonly stages: readonly TimetableStage[];
}

/** Where a clock stands against a timetable. */
export interface TimetablePosition {
  /** Today's date in the timetable's zone. */
  readonly today: string;
  /** Ids of the stages under way today (several when stages overlap). */
  readonly current: readonly string[];
  /** The next stage to begin, if any. */
  readonly next: string | null;
  readonly phase: 'before' | 'during' | 'after';
}

/** The calendar date of `now` in a zone: `YYYY-MM-DD`. */
export function dateInZone(now: Date, zone: IndonesianZone): string {
  return new Date(now.getTime() + UTC_OFFSET_MINUTES[zone] * 60_000).toISOString().slice(0, 10);
}

/** The stages under way at `now`, the next to begin, and whether the timetable is before, during or after. */
export function timetablePosition(timetable: Timetable, now: Date): TimetablePosition {
  const today = dateInZone(now, timetable.zone);
  const stages = timetable.stages;
  const current = stages.filter((s) => s.start <= today && today <= s.end).map((s) => s.id);
  const upcoming = stages.filter((s) => s.start > today).sort((a, b) => (a.start < b.start ? -1 : 1));
  const first = stages.reduce((m, s) => (s.start < m ? s.start : m), stages[0]?.start ?? today);
  const last = stages.reduce((m, s) => (s.end > m ? s.end : m), stages[0]?.end ?? today);
  const phase = today < first ? 'before' : today > last ? 'after' : 'during';
  return { today, current, next: upcoming[0]?.id ?? null, phase };
}

/** The configured timetable of an election event, if there is one. */
export function timetableOf(electionId: string): Timetable | undefined {
  return TIMETABLES.find((t) => t.electionId === electionId);
}

const stage = (
  id: string,
  start: string,
  end: string,
  name: [string, string],
  description: [string, string],
  verify = false,
): TimetableStage => ({
  id,
  start,
  end,
  name: { id: name[0], en: name[1] },
  description: { id: description[0], en: description[1] },
  ...(verify ? { verify } : {}),
});

/** Pilkada serentak 2024 (PKPU 2/2024 as amended; docs/DOMAIN.md §8). */
export const PILKADA_2024_TIMETABLE: Timetable = {
  electionId: 'pilkada2024',
  zone: 'WIB',
  stages: [
    stage(
      'registration',
      '2024-08-27',
      '2024-08-29',
      ['Pendaftaran pasangan calon', 'Registration of candidate pairs'],
      [
        'Partai, gabungan partai dan calon perseorangan mendaftarkan pasangan calon ke KPU.',
        'Parties, coalitions and independent candidates register their pairs with the KPU.',
      ],
    ),
    stage(
      'registration-extended',
      '2024-09-02',
      '2024-09-04',
      ['Perpanjangan pendaftaran', 'Extended registration'],
      [
        'Hanya di daerah dengan satu pasangan calon atau tanpa pendaftar.',
        'Only where one pair or none had registered.',
      ],
    ),
    stage(
      'determination',
      '2024-09-22',
      '2024-09-22',
      ['Penetapan pasangan calon', 'Determination of candidate pairs'],
      ['KPU menetapkan pasangan calon yang memenuhi syarat.', 'The KPU determines the eligible pairs.'],
    ),
    stage(
      'ballot-numbers',
      '2024-09-23',
      '2024-09-23',
      ['Pengundian nomor urut', 'Drawing of ballot numbers'],
      ['Nomor urut pasangan calon diundi.', "The pairs' ballot numbers are drawn."],
      true,
    ),
    stage(
      'campaign',
      '2024-09-25',
      '2024-11-23',
      ['Kampanye', 'Campaign'],
      [
        'Pertemuan, debat, alat peraga dan iklan kampanye.',
        'Meetings, debates, campaign props and advertising.',
      ],
    ),
    stage(
      'quiet',
      '2024-11-24',
      '2024-11-26',
      ['Masa tenang', 'Quiet period'],
      ['Tidak ada kegiatan kampanye.', 'No campaigning.'],
    ),
    stage(
      'voting',
      '2024-11-27',
      '2024-11-27',
      ['Pemungutan dan penghitungan suara', 'Voting and counting'],
      ['Di setiap TPS; KPPS mengisi formulir C.Hasil.', 'At every TPS; the KPPS fills in the C.Hasil form.'],
    ),
    stage(
      'recap-district',
      '2024-11-28',
      '2024-12-03',
      ['Rekapitulasi di kecamatan (PPK)', 'Recap at the kecamatan (PPK)'],
      ['Rapat pleno PPK menetapkan D.Hasil Kecamatan.', "The PPK's plenary adopts the D.Hasil Kecamatan."],
    ),
    stage(
      'recap-regency',
      '2024-11-29',
      '2024-12-06',
      ['Rekapitulasi di kabupaten/kota', 'Recap at the kabupaten/kota'],
      ['Rapat pleno KPU kabupaten/kota.', "The KPU kabupaten/kota's plenary."],
    ),
    stage(
      'recap-province',
      '2024-11-30',
      '2024-12-09',
      ['Rekapitulasi di provinsi', 'Recap at the province'],
      [
        'Rapat pleno KPU provinsi, untuk pemilihan gubernur.',
        "The KPU provinsi's plenary, for governor contests.",
      ],
    ),
    stage(
      'announcement',
      '2024-11-28',
      '2024-12-15',
      ['Pengumuman hasil', 'Announcement of results'],
      [
        'Hasil diumumkan setelah setiap rekapitulasi, paling lambat 15 Desember.',
        'Results are announced as each recap ends, by 15 December.',
      ],
    ),
    stage(
      'disputes',
      '2024-12-16',
      '2025-03-11',
      ['Perselisihan hasil di Mahkamah Konstitusi', 'Results disputes at the Constitutional Court'],
      [
        'Permohonan dalam 3 hari kerja setelah penetapan hasil; 309 perkara diregistrasi 3 Januari 2025.',
        'Petitions within 3 working days of the result; 309 cases registered on 3 January 2025.',
      ],
      true,
    ),
    stage(
      'declaration',
      '2025-01-06',
      '2025-03-15',
      ['Penetapan calon terpilih', 'Declaration of the winners'],
      [
        'Paling lambat 3 hari setelah pemberitahuan MK (Kabupaten Batang: 9 Januari 2025).',
        "Within 3 days of the Court's notice (Kabupaten Batang: 9 January 2025).",
      ],
      true,
    ),
  ],
};

const TIMETABLES: readonly Timetable[] = [PILKADA_2024_TIMETABLE];
