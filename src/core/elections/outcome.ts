/**
 * Who won (docs/DOMAIN.md §5). Pure and exact: shares are compared in integers
 * (2·votes > valid for "more than 50%", 5·votes ≥ valid for "at least 20%"),
 * never as floats.
 *
 * - plurality (regent, mayor, governor outside Jakarta): most valid votes wins,
 *   no threshold. A tie goes to the pair whose votes are "more evenly spread"
 *   over the child areas (kecamatan for a kab/kota, kab/kota for a province;
 *   UU 10/2016 art. 107(2), 109(2)). Interpretation here: first the number of
 *   child areas where the pair has at least one vote; if still tied, the
 *   number of areas where it has strictly the most votes; if still tied, or
 *   no per-area votes are given, the outcome is `undecided`.
 * - single-pair: the pair needs more than 50% of valid votes (kolom kosong
 *   included); otherwise the kolom kosong prevails and the election is held
 *   again (`reelection`).
 * - majority-runoff (Jakarta's governor): more than 50%, else a run-off of the
 *   top two.
 * - president: more than 50% nationally AND at least 20% in more than half of
 *   the provinces, else a run-off of the top two. With only two pairs the
 *   plurality wins (MK decision 50/PUU-XII/2014; `twoPairPlurality`, verify).
 * A run-off round itself is decided by `plurality`.
 */
import { SaksiError, msg } from '../errors/index.js';
import type { Message } from '../errors/index.js';
import type { CandidatePair, Contest } from './model.js';

export type OutcomeRule = 'plurality' | 'single-pair' | 'majority-runoff' | 'president';
export type OutcomeKind = 'winner' | 'tie' | 'runoff' | 'reelection' | 'undecided';

export interface Outcome {
  readonly kind: OutcomeKind;
  /** With `winner`, and with `tie` when the spread rule broke it. */
  readonly winner?: string;
  readonly runoff?: readonly [string, string];
  /** The options tied (for first place, or for second place when a run-off cannot be set). */
  readonly tied?: readonly string[];
  readonly reason: Message;
}

export type Votes = Readonly<Record<string, number>>;

export interface OutcomeInput {
  readonly rule: OutcomeRule;
  /** Valid votes by option (pair id; the kolom kosong too). */
  readonly votes: Votes;
  /** single-pair: the kolom kosong's id among `votes`. */
  readonly emptyColumn?: string;
  /** Votes per child area (area code → votes): the tie-break, and the provinces for the president. */
  readonly areas?: Readonly<Record<string, Votes>>;
  /** president: how many provinces count (default: the number of `areas`). */
  readonly provinceCount?: number;
  /** president: two pairs only → plurality. Default true. */
  readonly twoPairPlurality?: boolean;
  /** How the reasons name each option (`1. NUROCHMAN - HERU`); an option without a name is named by its id. */
  readonly names?: Readonly<Record<string, string>>;
}

/** The Jakarta province code: its governor needs a majority. */
export const JAKARTA = '31';

/** Which rule decides a contest. */
export function outcomeRuleFor(
  contest: Pick<Contest, 'kind' | 'region'>,
  pairs: readonly Pick<CandidatePair, 'emptyColumn'>[],
): OutcomeRule {
  if (contest.kind === 'president') return 'president';
  if (pairs.some((p) => p.emptyColumn)) return 'single-pair';
  if (contest.kind === 'governor' && contest.region === JAKARTA) return 'majority-runoff';
  return 'plurality';
}

export function decideOutcome(input: OutcomeInput): Outcome {
  validate(input);
  const named = (o: Outcome): Outcome => ({ ...o, reason: nameOptions(o.reason, input.names ?? {}) });
  switch (input.rule) {
    case 'plurality':
      return named(plurality(input.votes, input.areas));
    case 'single-pair':
      return named(singlePair(input.votes, input.emptyColumn));
    case 'majority-runoff':
      return named(majorityOrRunoff(input.votes, () => null));
    case 'president':
      return named(president(input));
  }
}

/** An option in a reason, marked so that its name can replace it unambiguously (never a vote count). */
const who = (id: string): string => `\u2063${id}\u2063`;
const list = (ids: readonly string[]): string => ids.map(who).join(', ');

function nameOptions(m: Message, names: Readonly<Record<string, string>>): Message {
  const swap = (text: string) =>
    text.replace(/\u2063([^\u2063]*)\u2063/g, (_, id: string) => names[id] ?? id);
  return msg(swap(m.id), swap(m.en));
}

function plurality(votes: Votes, areas: OutcomeInput['areas']): Outcome {
  const valid = sum(votes);
  if (valid === 0) return noVotes();
  const leaders = topGroup(ranking(votes));
  const [first] = leaders;
  if (leaders.length === 1 && first !== undefined) {
    return {
      kind: 'winner',
      winner: first,
      reason: msg(`${who(first)} memperoleh suara sah terbanyak.`, `${who(first)} has the most valid votes.`),
    };
  }
  return breakTie(leaders, areas ?? null);
}

function breakTie(tied: readonly string[], areas: Readonly<Record<string, Votes>> | null): Outcome {
  const tiedList = list(tied);
  if (areas === null || Object.keys(areas).length === 0) {
    return {
      kind: 'undecided',
      tied,
      reason: msg(
        `Suara sama (${tiedList}); perlu suara per wilayah.`,
        `Tie (${tiedList}); per-area votes are needed.`,
      ),
    };
  }
  const areaVotes = Object.values(areas);
  const bySpread = best(tied, (id) => areaVotes.filter((a) => (a[id] ?? 0) > 0).length);
  const byLead =
    bySpread.length === 1 ? bySpread : best(bySpread, (id) => areaVotes.filter((a) => leads(a, id)).length);
  const [winner] = byLead;
  if (byLead.length === 1 && winner !== undefined) {
    return {
      kind: 'tie',
      winner,
      tied,
      reason: msg(
        `Suara sama (${tiedList}); ${who(winner)} menang karena sebaran suaranya lebih merata di wilayah.`,
        `Tie (${tiedList}); ${who(winner)} wins as its votes are spread over more areas.`,
      ),
    };
  }
  return {
    kind: 'undecided',
    tied,
    reason: msg(`Suara dan sebarannya sama (${tiedList}).`, `Tie in votes and in spread (${tiedList}).`),
  };
}

function singlePair(votes: Votes, emptyColumn: string | undefined): Outcome {
  const ids = Object.keys(votes);
  const pair = ids.find((id) => id !== emptyColumn);
  if (emptyColumn === undefined || !ids.includes(emptyColumn) || ids.length !== 2 || pair === undefined) {
    throw invalid(
      msg(
        'Pemilihan satu paslon butuh tepat satu paslon dan kolom kosong.',
        'A single-pair contest needs exactly one pair and the kolom kosong.',
      ),
    );
  }
  const valid = sum(votes);
  if (valid === 0) return noVotes();
  const v = votes[pair] ?? 0;
  if (2 * v > valid) {
    return {
      kind: 'winner',
      winner: pair,
      reason: msg(
        `${who(pair)} memperoleh ${v} dari ${valid} suara sah, lebih dari 50%.`,
        `${who(pair)} has ${v} of ${valid} valid votes, more than 50%.`,
      ),
    };
  }
  return {
    kind: 'reelection',
    reason: msg(
      `${who(pair)} memperoleh ${v} dari ${valid} suara sah, tidak lebih dari 50%: kolom kosong unggul, pemilihan diulang.`,
      `${who(pair)} has ${v} of ${valid} valid votes, not more than 50%: the kolom kosong prevails and the election is held again.`,
    ),
  };
}

function president(input: OutcomeInput): Outcome {
  const { votes, areas } = input;
  if (Object.keys(votes).length === 2 && (input.twoPairPlurality ?? true)) return plurality(votes, areas);
  const provinces = Object.values(areas ?? {});
  if (provinces.length === 0) {
    return { kind: 'undecided', reason: msg('Perlu suara per provinsi.', 'Per-province votes are needed.') };
  }
  const needed = input.provinceCount ?? provinces.length;
  return majorityOrRunoff(votes, (winner) => {
    const reached = provinces.filter((p) => 5 * (p[winner] ?? 0) >= sum(p) && sum(p) > 0).length;
    if (2 * reached > needed) return null;
    return msg(
      `${who(winner)} meraih ≥ 20% hanya di ${reached} dari ${needed} provinsi, tidak lebih dari separuh.`,
      `${who(winner)} has ≥ 20% in only ${reached} of ${needed} provinces, not more than half.`,
    );
  });
}

/** > 50% wins unless `spreadFails` names a reason; otherwise a run-off of the top two. */
function majorityOrRunoff(votes: Votes, spreadFails: (winner: string) => Message | null): Outcome {
  const valid = sum(votes);
  if (valid === 0) return noVotes();
  const ranked = ranking(votes);
  const [first] = ranked;
  if (first !== undefined && 2 * first[1] > valid) {
    const failure = spreadFails(first[0]);
    if (failure === null) {
      return {
        kind: 'winner',
        winner: first[0],
        reason: msg(
          `${who(first[0])} memperoleh ${first[1]} dari ${valid} suara sah, lebih dari 50%.`,
          `${who(first[0])} has ${first[1]} of ${valid} valid votes, more than 50%.`,
        ),
      };
    }
    return runoff(ranked, failure);
  }
  return runoff(
    ranked,
    msg(
      `Tidak ada yang meraih lebih dari 50% dari ${valid} suara sah.`,
      `No one has more than 50% of the ${valid} valid votes.`,
    ),
  );
}

function runoff(ranked: readonly [string, number][], why: Message): Outcome {
  const leaders = topGroup(ranked);
  if (leaders.length > 2) return { kind: 'undecided', tied: leaders, reason: tiedFor(why, 1, leaders) };
  const rest = ranked.filter(([id]) => !leaders.includes(id));
  const seconds = leaders.length === 2 ? [] : topGroup(rest);
  if (seconds.length > 1) return { kind: 'undecided', tied: seconds, reason: tiedFor(why, 2, seconds) };
  const [a, b] = [...leaders, ...seconds];
  if (a === undefined || b === undefined) return { kind: 'undecided', reason: why };
  return {
    kind: 'runoff',
    runoff: [a, b],
    reason: msg(
      `${why.id} Putaran kedua: ${who(a)} dan ${who(b)}.`,
      `${why.en} Run-off: ${who(a)} and ${who(b)}.`,
    ),
  };
}

/** Options by votes, most first; ties in id order (deterministic). */
function ranking(votes: Votes): [string, number][] {
  return Object.entries(votes).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

function topGroup(ranked: readonly [string, number][]): string[] {
  const top = ranked[0]?.[1];
  return ranked.filter(([, n]) => n === top).map(([id]) => id);
}

function best(ids: readonly string[], score: (id: string) => number): string[] {
  const scores = ids.map(score);
  const max = Math.max(...scores);
  return ids.filter((_, i) => scores[i] === max);
}

function leads(area: Votes, id: string): boolean {
  const v = area[id] ?? 0;
  return v > 0 && Object.entries(area).every(([other, n]) => other === id || n < v);
}

function sum(votes: Votes): number {
  return Object.values(votes).reduce((a, n) => a + n, 0);
}

function tiedFor(why: Message, place: number, ids: readonly string[]): Message {
  return msg(
    `${why.id} Suara sama di peringkat ${place} (${list(ids)}).`,
    `${why.en} Tie for place ${place} (${list(ids)}).`,
  );
}

function noVotes(): Outcome {
  return { kind: 'undecided', reason: msg('Belum ada suara sah.', 'There are no valid votes.') };
}

function validate(input: OutcomeInput): void {
  const tallies = [input.votes, ...Object.values(input.areas ?? {})];
  const bad = tallies.some((t) => Object.values(t).some((n) => !Number.isSafeInteger(n) || n < 0));
  if (bad || Object.keys(input.votes).length === 0) {
    throw invalid(
      msg(
        'Perolehan suara harus bilangan bulat tidak negatif, minimal satu pilihan.',
        'Votes must be non-negative whole numbers, for at least one option.',
      ),
    );
  }
  if (
    input.provinceCount !== undefined &&
    (!Number.isSafeInteger(input.provinceCount) || input.provinceCount < 1)
  ) {
    throw invalid(
      msg(
        'Jumlah provinsi harus bilangan bulat positif.',
        'The number of provinces must be a positive whole number.',
      ),
    );
  }
}

function invalid(message: Message): SaksiError {
  return new SaksiError('OUTCOME_INPUT_INVALID', message, { field: 'votes' });
}
