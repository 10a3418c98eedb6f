/**
 * What a TPS needs, as configuration per election (docs/DOMAIN.md §7): each
 * item, whether it is needed per contest, and its formula. Pilkada 2024's
 * list ships; quantities other than the ballot papers' DPT + 2.5 % reserve
 * are Saksi's reading of KPU's logistics standard (verify against the KPU
 * decision on voting equipment before relying on them).
 */
import { msg } from '../errors/index.js';
import type { Message } from '../errors/index.js';

export type Formula =
  /** DPT plus a reserve share, rounded up (ballot papers). */
  | { readonly kind: 'per-voter'; readonly reserve: number }
  /** A fixed number. */
  | { readonly kind: 'fixed'; readonly n: number }
  /** One per candidate pair plus a fixed number (copies of the result form for each pair's witness, PTPS, PPS, …). */
  | { readonly kind: 'per-pair'; readonly plus: number };

export interface Item {
  readonly id: string;
  readonly label: Message;
  readonly unit: Message;
  readonly perContest: boolean;
  readonly formula: Formula;
}

const item = (
  id: string,
  idText: string,
  en: string,
  unit: [string, string],
  perContest: boolean,
  formula: Formula,
): Item => ({
  id,
  label: msg(idText, en),
  unit: msg(unit[0], unit[1]),
  perContest,
  formula,
});

const SHEETS: [string, string] = ['lembar', 'sheets'];
const PIECES: [string, string] = ['buah', 'pieces'];

export const PILKADA_2024_ITEMS: readonly Item[] = [
  item('ballot', 'Surat suara', 'Ballot papers', SHEETS, true, { kind: 'per-voter', reserve: 0.025 }),
  item('box', 'Kotak suara', 'Ballot boxes', PIECES, true, { kind: 'fixed', n: 1 }),
  item('seal', 'Segel kotak suara', 'Box seals', PIECES, true, { kind: 'fixed', n: 5 }),
  item('c-hasil', 'Formulir Model C.Hasil-KWK (plano)', 'Result form C.Hasil-KWK (plano)', SHEETS, true, {
    kind: 'fixed',
    n: 1,
  }),
  item(
    'c-hasil-salinan',
    'Formulir Model C.Hasil Salinan-KWK',
    'Result form copies C.Hasil Salinan-KWK',
    SHEETS,
    true,
    {
      kind: 'per-pair',
      plus: 3,
    },
  ),
  item('hologram', 'Stiker hologram', 'Hologram stickers', PIECES, true, { kind: 'per-pair', plus: 4 }),
  item('booth', 'Bilik suara', 'Voting booths', PIECES, false, { kind: 'fixed', n: 4 }),
  item('ink', 'Tinta', 'Ink', ['botol', 'bottles'], false, { kind: 'fixed', n: 2 }),
  item('kit', 'Perlengkapan TPS', 'TPS kit', ['paket', 'sets'], false, { kind: 'fixed', n: 1 }),
];
