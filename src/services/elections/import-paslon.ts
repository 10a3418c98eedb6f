/**
 * Import KPU Sirekap candidate-pair files into an election: one contest per
 * region key (governor for a province, regent or mayor for a kab/kota; the
 * president for the flat `ppwp.json`), its
 * pairs with Sirekap's ids, and the kolom kosong where present. Idempotent.
 * A region code the official list lacks is kept and reported, never dropped.
 */
import { contestId, contestKind, contestName, parseSirekapPaslon } from '../../core/elections/index.js';
import type { CandidatePair, Contest, SirekapPair, SirekapType } from '../../core/elections/index.js';
import { levelOf, parentOf } from '../../core/regions/index.js';
import type { RegionCode } from '../../core/regions/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import type { Store } from '../../store/index.js';
import { requireElection } from './create.js';

export interface PaslonImportReport {
  readonly type: SirekapType;
  readonly contests: number;
  readonly pairs: number;
  readonly singlePair: number;
  /** Region codes the official list lacks (kept, marked 'kpu'). */
  readonly unknownRegions: readonly string[];
}

export async function importSirekapPaslon(
  store: Store,
  electionId: string,
  json: unknown,
  now: Date,
): Promise<PaslonImportReport> {
  const parsed = parseSirekapPaslon(json);
  await requireElectionFor(store, electionId, parsed);
  const unknownRegions: string[] = [];
  let pairs = 0;
  let singlePair = 0;
  let type: SirekapType = 'pkwkk';
  for (const { region, pairs: list } of parsed) {
    if (region === 'national') {
      type = 'ppwp';
      await putContest(store, electionId, type, region, 'Indonesia', list);
      pairs += list.length;
      continue;
    }
    type = levelOf(region) === 'province' ? 'pkwkp' : 'pkwkk';
    let known = await store.regions.get(region);
    if (known === undefined) {
      unknownRegions.push(region);
      await store.regions.keepKpuCode(
        {
          code: region,
          level: type === 'pkwkp' ? 1 : 2,
          parent: parentOf(region),
          name: `Wilayah ${region}`,
        },
        'Named by a KPU Sirekap paslon file but missing from the official region list',
        now,
      );
      known = await store.regions.get(region);
    }
    await putContest(store, electionId, type, region, known?.name ?? region, list);
    pairs += list.length;
    if (list.some((p) => p.emptyColumn)) singlePair++;
  }
  return { type, contests: parsed.length, pairs, singlePair, unknownRegions };
}

async function putContest(
  store: Store,
  electionId: string,
  type: SirekapType,
  region: RegionCode | 'national',
  regionName: string,
  list: readonly SirekapPair[],
): Promise<void> {
  const kind = contestKind(type, regionName);
  const contest: Contest = {
    id: contestId(electionId, type, region),
    electionId,
    kind,
    region,
    name: contestName(kind, regionName),
    sirekapType: type,
  };
  const candidatePairs: CandidatePair[] = list.map((p) => ({ ...p, contestId: contest.id }));
  await store.elections.putContest(contest, candidatePairs);
}

/** The election exists, and is of the kind the file's contests belong to (a president in a Pemilu, the rest in a Pilkada). */
async function requireElectionFor(
  store: Store,
  electionId: string,
  parsed: readonly { region: RegionCode | 'national' }[],
): Promise<void> {
  const election = await requireElection(store, electionId);
  if (parsed.length === 0) return;
  const wants = parsed.some((c) => c.region === 'national') ? 'pemilu' : 'pilkada';
  if (election.kind !== wants)
    throw new SaksiError(
      'PASLON_ELECTION_KIND_MISMATCH',
      msg(
        `Berkas ini berisi pemilihan ${wants}, tetapi ${electionId} adalah ${election.kind}.`,
        `This file holds ${wants} contests, but ${electionId} is a ${election.kind} election.`,
      ),
      { field: 'election' },
    );
}
