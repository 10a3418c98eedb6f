/**
 * `election.genesis` — the first entry of an election's log: the election
 * event and its contests with their candidate pairs, signed by the election
 * authority's root key (the key the trust policy pins).
 */
import { SaksiError, msg } from '../../errors/index.js';
import { bytesEqual, decodeBase64 } from '../../log/encoding.js';
import type { Envelope } from '../envelope.js';
import type { EntryHandler, Ledger } from '../ledger.js';
import { bodyError, int, obj, oneOf, str } from './read.js';

export interface GenesisPair {
  readonly id: string;
  readonly ballotNumber: number;
  readonly name: string;
  readonly emptyColumn: boolean;
}

export interface GenesisContest {
  readonly id: string;
  readonly kind: 'governor' | 'regent' | 'mayor' | 'president';
  readonly region: string;
  readonly name: string;
  readonly pairs: readonly GenesisPair[];
}

export interface Genesis {
  readonly election: {
    id: string;
    name: string;
    kind: 'pilkada' | 'pemilu';
    votingDay: string;
    ballotReservePermille: number;
  };
  readonly rootKey: string;
  readonly contests: readonly GenesisContest[];
}

export const GENESIS = 'election.genesis';

export function genesisOf(ledger: Ledger): Genesis | undefined {
  return ledger.state.get('genesis') as Genesis | undefined;
}

export const genesisHandler: EntryHandler = {
  type: GENESIS,
  signer(ledger, envelope, index) {
    if (index !== 0)
      throw new SaksiError(
        'GENESIS_NOT_FIRST',
        msg('Entri genesis harus yang pertama.', 'The genesis entry must be the first.'),
      );
    if (envelope.keyId !== ledger.rootKeyId) {
      throw new SaksiError(
        'GENESIS_NOT_ROOT',
        msg('Genesis tidak ditandatangani kunci akar.', 'The genesis is not signed by the root key.'),
        { field: 'keyId' },
      );
    }
    return ledger.rootKey;
  },
  apply(ledger, envelope) {
    const genesis = parseGenesis(envelope);
    const key = decodeBase64(genesis.rootKey);
    if (key === undefined || !bytesEqual(key, ledger.rootKey))
      throw bodyError(
        'GENESIS_ROOT_KEY_MISMATCH',
        'rootKey',
        'kunci akar tidak cocok dengan kebijakan',
        'root key does not match the trust policy',
      );
    refuseTakenIds(genesis.contests, new Set());
    ledger.state.set('genesis', genesis);
  },
};

function parseGenesis(envelope: Envelope): Genesis {
  const b = obj(envelope.body, 'body');
  const e = obj(b['election'], 'election');
  const contests = b['contests'];
  if (!Array.isArray(contests) || contests.length > 1000)
    throw bodyError(
      'GENESIS_CONTESTS_INVALID',
      'contests',
      'daftar pemilihan tidak sah',
      'contests list is not valid',
    );
  return {
    election: {
      id: str(e['id'], 'election.id', 64),
      name: str(e['name'], 'election.name', 200),
      kind: oneOf(e['kind'], 'election.kind', ['pilkada', 'pemilu'] as const),
      votingDay: str(e['votingDay'], 'election.votingDay', 10),
      ballotReservePermille: int(e['ballotReservePermille'], 'election.ballotReservePermille', 0, 1000),
    },
    rootKey: str(b['rootKey'], 'rootKey', 64),
    contests: parseContests(contests, 'contests'),
  };
}

/** The contests of a genesis or of an `election.contests` entry (untrusted input). */
export function parseContests(contests: readonly unknown[], field: string): GenesisContest[] {
  return contests.map((c, i) => {
    const co = obj(c, `${field}.${i}`);
    const pairs = co['pairs'];
    if (!Array.isArray(pairs) || pairs.length === 0 || pairs.length > 20)
      throw bodyError(
        'GENESIS_CONTESTS_INVALID',
        `${field}.${i}.pairs`,
        'pasangan tidak sah',
        'pairs are not valid',
      );
    return {
      id: str(co['id'], `${field}.${i}.id`, 100),
      kind: oneOf(co['kind'], `${field}.${i}.kind`, ['governor', 'regent', 'mayor', 'president'] as const),
      region: str(co['region'], `${field}.${i}.region`, 13),
      name: str(co['name'], `${field}.${i}.name`, 200),
      pairs: pairs.map((p, j) => {
        const po = obj(p, `${field}.${i}.pairs.${j}`);
        return {
          id: str(po['id'], `${field}.${i}.pairs.${j}.id`, 32),
          ballotNumber: int(po['ballotNumber'], `${field}.${i}.pairs.${j}.ballotNumber`, 1, 20),
          name: str(po['name'], `${field}.${i}.pairs.${j}.name`, 300),
          emptyColumn: po['emptyColumn'] === true,
        };
      }),
    };
  });
}

/** Contest ids are unique across the genesis and every addition: refuse one already in `taken` (which grows). */
export function refuseTakenIds(contests: readonly GenesisContest[], taken: Set<string>): void {
  contests.forEach((c, i) => {
    if (taken.has(c.id))
      throw bodyError(
        'CONTEST_ALREADY_DEFINED',
        `contests.${i}.id`,
        `pemilihan "${c.id}" sudah ada`,
        `contest "${c.id}" already exists`,
      );
    taken.add(c.id);
  });
}
