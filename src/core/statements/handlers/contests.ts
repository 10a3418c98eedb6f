/**
 * `election.contests` — contests added after the genesis, signed by the root
 * key like the genesis itself. A national Pilkada has 545 contests with 1,553
 * pairs, about 250 KB: more than one log entry may hold (65,535 bytes), so
 * the genesis names the election and the first contests, and these entries
 * add the rest (or a contest decided later, such as a re-vote). Contests are
 * only ever added: an id already in use is refused, and nothing is replaced.
 */
import { SaksiError, msg } from '../../errors/index.js';
import type { EntryHandler } from '../ledger.js';
import { GENESIS, genesisOf, parseContests, refuseTakenIds } from './genesis.js';
import type { GenesisContest } from './genesis.js';
import { bodyError, obj } from './read.js';

export const ELECTION_CONTESTS = 'election.contests';

export interface ContestsBody {
  readonly contests: readonly GenesisContest[];
}

export const contestsHandler: EntryHandler = {
  type: ELECTION_CONTESTS,
  signer(ledger, envelope) {
    if (genesisOf(ledger) === undefined)
      throw new SaksiError(
        'CONTESTS_BEFORE_GENESIS',
        msg('Pemilihan ditambahkan sebelum entri genesis.', `Contests come after the ${GENESIS} entry.`),
      );
    if (envelope.keyId !== ledger.rootKeyId)
      throw new SaksiError(
        'CONTESTS_NOT_ROOT',
        msg(
          'Penambahan pemilihan tidak ditandatangani kunci akar.',
          'Added contests are not signed by the root key.',
        ),
        { field: 'keyId' },
      );
    return ledger.rootKey;
  },
  apply(ledger, envelope) {
    const genesis = genesisOf(ledger);
    if (genesis === undefined) return;
    const b = obj(envelope.body, 'body');
    const list = b['contests'];
    if (!Array.isArray(list) || list.length === 0 || list.length > 1000 || Object.keys(b).length !== 1)
      throw bodyError(
        'GENESIS_CONTESTS_INVALID',
        'contests',
        'daftar pemilihan tidak sah',
        'contests list is not valid',
      );
    const added = parseContests(list, 'contests');
    refuseTakenIds(added, new Set(genesis.contests.map((c) => c.id)));
    ledger.state.set('genesis', { ...genesis, contests: [...genesis.contests, ...added] });
  },
};
