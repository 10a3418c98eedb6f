/**
 * `saksi election create`: the election event a real deployment runs —
 * its id (the prefix of every contest id), kind, name and voting day —
 * before KPU's candidate files are imported into it. Idempotent for the
 * same values; a different election under a used id is refused.
 */
import { SaksiError, msg, problem } from '../../core/errors/index.js';
import type { Problem } from '../../core/errors/index.js';
import type { Election } from '../../core/elections/index.js';
import type { Store } from '../../store/index.js';

export interface ElectionInput {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly votingDay: string;
  readonly ballotReservePermille?: number;
}

/** Statutory ballot reserve (per mille of DPT): 2.5 % for Pilkada, 2 % for Pemilu. */
const RESERVE = { pilkada: 25, pemilu: 20 } as const;

export function parseElection(input: ElectionInput): Election {
  const problems: Problem[] = [];
  const bad = (code: string, field: string, id: string, en: string) =>
    problems.push(problem(code, [field], msg(id, en)));
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(input.id))
    bad(
      'ELECTION_ID_INVALID',
      'id',
      'Id: huruf kecil, angka dan "-", maksimum 40.',
      'Id: lower-case letters, digits and "-", at most 40.',
    );
  if (input.kind !== 'pilkada' && input.kind !== 'pemilu')
    bad(
      'ELECTION_KIND_INVALID',
      'kind',
      'Jenis harus pilkada atau pemilu.',
      'The kind must be pilkada or pemilu.',
    );
  const name = input.name.trim();
  if (name.length < 3 || name.length > 200)
    bad('ELECTION_NAME_INVALID', 'name', 'Nama 3–200 karakter.', 'The name must be 3–200 characters.');
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.votingDay);
  if (day === null || new Date(`${input.votingDay}T00:00:00Z`).toISOString().slice(0, 10) !== input.votingDay)
    bad('ELECTION_DATE_INVALID', 'voting-day', 'Tanggal harus YYYY-MM-DD.', 'The date must be YYYY-MM-DD.');
  const reserve = input.ballotReservePermille;
  if (reserve !== undefined && (!Number.isInteger(reserve) || reserve < 0 || reserve > 100))
    bad(
      'ELECTION_RESERVE_INVALID',
      'reserve-permille',
      'Cadangan 0–100 per mil.',
      'The reserve must be 0–100 per mille.',
    );
  if (problems.length > 0)
    throw new SaksiError(problems[0]!.code, problems[0]!.message, {
      field: problems[0]!.fields[0]!,
      problems,
    });
  const kind = input.kind as Election['kind'];
  return {
    id: input.id,
    kind,
    name,
    votingDay: input.votingDay,
    ballotReservePermille: reserve ?? RESERVE[kind],
  };
}

/** The election, or `ELECTION_NOT_FOUND` pointing to `saksi election create`. */
export async function requireElection(store: Store, electionId: string): Promise<Election> {
  const election = await store.elections.election(electionId);
  if (election !== undefined) return election;
  throw new SaksiError(
    'ELECTION_NOT_FOUND',
    msg(
      `Pemilihan ${electionId} belum ada: buat dengan \`saksi election create\`.`,
      `Election ${electionId} does not exist: create it with \`saksi election create\`.`,
    ),
    { field: 'election' },
  );
}

export async function createElection(store: Store, input: ElectionInput, now: Date): Promise<Election> {
  const election = parseElection(input);
  const known = await store.elections.election(election.id);
  if (known !== undefined) {
    const same = (Object.keys(election) as (keyof Election)[]).every((k) => known[k] === election[k]);
    if (same) return known;
    throw new SaksiError(
      'ELECTION_EXISTS',
      msg(
        `Pemilihan ${election.id} sudah ada dengan data lain (${known.name}, ${known.votingDay}).`,
        `Election ${election.id} already exists with other values (${known.name}, ${known.votingDay}).`,
      ),
      { field: 'id' },
    );
  }
  await store.elections.putElection(election, now);
  return election;
}
