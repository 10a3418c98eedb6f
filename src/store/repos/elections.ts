import type { StoreDriver } from '../driver.js';
import type { CandidateTable, ContestTable, ElectionTable } from '../schema.js';
import { ancestry } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import type {
  CandidatePair,
  Contest,
  ContestKind,
  Election,
  ElectionKind,
  SirekapType,
} from '../../core/elections/index.js';

export interface ContestWithPairs extends Contest {
  readonly pairs: readonly CandidatePair[];
}

/** Election events, their contests and candidate pairs. */
export class ElectionRepo {
  constructor(private readonly driver: StoreDriver) {}

  /** Create or update an election event (its id is stable). */
  async putElection(e: Election, now: Date): Promise<void> {
    const { id, ...rest } = toElectionRow(e, now);
    await this.driver.db
      .insertInto('election')
      .values({ id, ...rest })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          name: rest.name,
          kind: rest.kind,
          voting_day: rest.voting_day,
          ballot_reserve_permille: rest.ballot_reserve_permille,
        }),
      )
      .execute();
  }

  async elections(): Promise<Election[]> {
    const rows = await this.driver.db
      .selectFrom('election')
      .selectAll()
      .orderBy('voting_day', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toElection);
  }

  async election(id: string): Promise<Election | undefined> {
    const row = await this.driver.db
      .selectFrom('election')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toElection(row);
  }

  /**
   * Create or update a contest with its pairs in one transaction. Pairs are
   * matched by id; re-importing the same file changes nothing.
   */
  async putContest(contest: Contest, pairs: readonly CandidatePair[]): Promise<void> {
    await this.driver.db.transaction().execute(async (tx) => {
      const row = toContestRow(contest);
      await tx
        .insertInto('contest')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: row.name, kind: row.kind }))
        .execute();
      for (const p of pairs) {
        const c = toCandidateRow(p);
        await tx
          .insertInto('candidate')
          .values(c)
          .onConflict((oc) =>
            oc.column('id').doUpdateSet({ name: c.name, head: c.head, deputy: c.deputy, color: c.color }),
          )
          .execute();
      }
    });
  }

  async contest(id: string): Promise<ContestWithPairs | undefined> {
    const row = await this.driver.db
      .selectFrom('contest')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const pairs = await this.driver.db
      .selectFrom('candidate')
      .selectAll()
      .where('contest_id', '=', id)
      .orderBy('ballot_number')
      .execute();
    return { ...toContest(row), pairs: pairs.map(toPair) };
  }

  /**
   * Contests that concern a region: those decided in it or in one of its
   * ancestors (a voter there votes in them) and those decided inside it.
   */
  async contests(filter: { region?: RegionCode; electionId?: string } = {}): Promise<Contest[]> {
    let q = this.driver.db.selectFrom('contest').selectAll();
    if (filter.electionId !== undefined) q = q.where('election_id', '=', filter.electionId);
    const region = filter.region;
    if (region !== undefined) {
      q = q.where((eb) => eb.or([eb('region', 'in', ancestry(region)), eb('region', 'like', `${region}%`)]));
    }
    const rows = await q.orderBy('region').orderBy('id').execute();
    return rows.map(toContest);
  }

  async countContests(electionId?: string): Promise<{ contests: number; singlePair: number; pairs: number }> {
    let q = this.driver.db
      .selectFrom('candidate')
      .innerJoin('contest', 'contest.id', 'candidate.contest_id')
      .select([
        (eb) => eb.fn.count<number>('candidate.contest_id').distinct().as('contests'),
        (eb) => eb.fn.countAll<number>().as('pairs'),
        (eb) => eb.fn.sum<number>('candidate.empty_column').as('single'),
      ]);
    if (electionId !== undefined) q = q.where('contest.election_id', '=', electionId);
    const r = await q.executeTakeFirstOrThrow();
    return { contests: Number(r.contests), singlePair: Number(r.single ?? 0), pairs: Number(r.pairs) };
  }
}

function toElectionRow(e: Election, now: Date): ElectionTable {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    voting_day: e.votingDay,
    ballot_reserve_permille: e.ballotReservePermille,
    created_at: now.toISOString(),
  };
}

function toElection(r: ElectionTable): Election {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as ElectionKind,
    votingDay: r.voting_day,
    ballotReservePermille: Number(r.ballot_reserve_permille),
  };
}

function toContestRow(c: Contest): ContestTable {
  return {
    id: c.id,
    election_id: c.electionId,
    kind: c.kind,
    region: c.region,
    name: c.name,
    sirekap_type: c.sirekapType,
  };
}

function toContest(r: ContestTable): Contest {
  return {
    id: r.id,
    electionId: r.election_id,
    kind: r.kind as ContestKind,
    region: r.region as RegionCode | 'national',
    name: r.name,
    sirekapType: r.sirekap_type as SirekapType,
  };
}

function toCandidateRow(p: CandidatePair): CandidateTable {
  return {
    id: p.id,
    contest_id: p.contestId,
    ballot_number: p.ballotNumber,
    name: p.name,
    head: p.head,
    deputy: p.deputy,
    color: p.color,
    empty_column: p.emptyColumn ? 1 : 0,
  };
}

function toPair(r: CandidateTable): CandidatePair {
  return {
    id: r.id,
    contestId: r.contest_id,
    ballotNumber: Number(r.ballot_number),
    name: r.name,
    head: r.head,
    deputy: r.deputy,
    color: r.color,
    emptyColumn: Number(r.empty_column) === 1,
  };
}
