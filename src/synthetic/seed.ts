/**
 * The demo election: the first users' regions and their real 2024 contests,
 * typed from public facts (docs/DOMAIN.md §2; pair ids and colours as KPU's
 * Sirekap publishes them) so the demo needs no data files.
 */
import type { Election, SirekapType } from '../core/elections/index.js';

export const DEMO_ELECTION: Election = {
  id: 'pilkada2024',
  name: 'Pemilihan Serentak 2024 (Pilkada)',
  kind: 'pilkada',
  votingDay: '2024-11-27',
  ballotReservePermille: 25,
};

export interface SeedPair {
  readonly id: string;
  readonly ballotNumber: number;
  readonly head: string;
  readonly deputy: string;
  readonly emptyColumn?: boolean;
}

export interface SeedContest {
  readonly type: SirekapType;
  readonly region: string;
  readonly pairs: readonly SeedPair[];
}

/** Sirekap's colours by ballot number. */
export const PAIR_COLORS = ['#B67352', '#8CB9BD', '#C7B7A3', '#9BB8CD', '#A5B68D', '#E6B9A6'] as const;

export const DEMO_CONTESTS: readonly SeedContest[] = [
  {
    type: 'pkwkp',
    region: '35',
    pairs: [
      { id: '1000032', ballotNumber: 1, head: 'Luluk Nur Hamidah', deputy: 'Lukmanul Khakim' },
      { id: '1000033', ballotNumber: 2, head: 'Khofifah Indar Parawansa', deputy: 'Emil Elestianto Dardak' },
      { id: '1000034', ballotNumber: 3, head: 'Tri Rismaharini', deputy: 'Zahrul Azhar Asumta' },
    ],
  },
  {
    type: 'pkwkk',
    region: '3579',
    pairs: [
      { id: '1000806', ballotNumber: 1, head: 'Nurochman', deputy: 'Heli Suyanto' },
      { id: '1000807', ballotNumber: 2, head: 'Firhando Gumelar', deputy: 'H. Rudi' },
      { id: '1000808', ballotNumber: 3, head: 'Kris Dayanti', deputy: 'Kresna Dewanata Phrosakh' },
    ],
  },
  {
    type: 'pkwkk',
    region: '3573',
    pairs: [
      { id: '1000790', ballotNumber: 1, head: 'Wahyu Hidayat', deputy: 'Ali Muthohirin' },
      { id: '1000791', ballotNumber: 2, head: 'Heri Cahyono', deputy: 'Ganisa Pratiwi Rumpoko' },
      { id: '1000792', ballotNumber: 3, head: 'H. Anton', deputy: 'Dimyati Ayatulloh' },
    ],
  },
  {
    type: 'pkwkk',
    region: '3578',
    pairs: [
      { id: '1000804', ballotNumber: 1, head: 'Eri Cahyadi', deputy: 'Armuji' },
      { id: '1000805', ballotNumber: 2, head: 'Kolom Kosong', deputy: '', emptyColumn: true },
    ],
  },
  {
    type: 'pkwkk',
    region: '3325',
    pairs: [
      { id: '1000684', ballotNumber: 1, head: 'H. Fauzi Fallas', deputy: 'H. Ahmad Ridwan' },
      { id: '1000685', ballotNumber: 2, head: 'M. Faiz Kurniawan', deputy: 'Suyono' },
    ],
  },
  {
    type: 'pkwkk',
    region: '6471',
    pairs: [
      { id: '1001091', ballotNumber: 1, head: "Rahmad Mas'ud", deputy: 'Bagus Susetyo' },
      { id: '1001092', ballotNumber: 2, head: 'Rendi Susiswo Ismail', deputy: 'Eddy Sunardi Darmawan' },
      { id: '1001093', ballotNumber: 3, head: "Muhammad Sa'bani", deputy: 'Syukri Wahid' },
    ],
  },
];

/**
 * TPS counts at Pilkada 2024 (docs/DOMAIN.md §3), per region; where KPU's
 * per-kecamatan counts are public facts we use them (Kota Batu: Batu 137,
 * Bumiaji 92, Junrejo 73). The rest of Jawa Timur is spread over its desa.
 */
export const DEMO_TPS: ReadonlyArray<{ readonly region: string; readonly tps: number }> = [
  { region: '357901', tps: 137 },
  { region: '357902', tps: 92 },
  { region: '357903', tps: 73 },
  { region: '3573', tps: 1188 },
  { region: '3325', tps: 1257 },
  { region: '6471', tps: 996 },
];

/**
 * Registered voters per generated TPS. Pilkada 2024 TPS were large (Kota Batu:
 * DPT 166,942 over 302 TPS, about 553 each), so the demo draws 420–640.
 */
export const DEMO_DPT_RANGE = { min: 420, max: 640 } as const;

/** Jawa Timur's TPS total; what is not placed above is spread over the province's other desa. */
export const DEMO_PROVINCE_TPS = { region: '35', tps: 60_751 } as const;

/** Bump when the generated registry changes shape, so an old demo database is regenerated. */
export const DEMO_VERSION = '1';
