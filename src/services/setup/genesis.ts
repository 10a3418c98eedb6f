/**
 * The election's genesis entry, from what the store holds: the election
 * event and every contest with its candidate pairs (imported from KPU's
 * files), and the root key the trust policy pins. The root signs it once;
 * the demo and `saksi election genesis` both build it here.
 */
import { stat, writeFile } from 'node:fs/promises';
import type { Config } from '../../config/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { encodeBase64 } from '../../core/log/encoding.js';
import { electionEntries } from '../../core/statements/index.js';
import type { Genesis } from '../../core/statements/index.js';
import type { SubmitResult } from '../../ingest/ingest.js';
import type { Store } from '../../store/index.js';
import { requireElection } from '../elections/create.js';
import { loadRootKey, rootKeyFile, rootPublicKey } from '../imports/offline.js';
import { requestFileBytes, signRequests, submitEntries } from './statements.js';

export async function genesisFromStore(
  store: Store,
  electionId: string,
  rootPublicKey: Uint8Array,
): Promise<Genesis> {
  const election = await requireElection(store, electionId);
  const contests = await store.elections.contests({ electionId });
  if (contests.length === 0)
    throw new SaksiError(
      'GENESIS_NO_CONTESTS',
      msg(
        `Pemilihan ${electionId} belum punya kontestasi: impor berkas paslon KPU (\`saksi import sirekap-paslon\`).`,
        `Election ${electionId} has no contests yet: import KPU's candidate files (\`saksi import sirekap-paslon\`).`,
      ),
      { field: 'election' },
    );
  return {
    election: {
      id: election.id,
      name: election.name,
      kind: election.kind,
      votingDay: election.votingDay,
      ballotReservePermille: election.ballotReservePermille,
    },
    rootKey: encodeBase64(rootPublicKey),
    contests: await Promise.all(
      contests.map(async (c) => {
        const full = await store.elections.contest(c.id);
        return {
          id: c.id,
          kind: c.kind,
          region: c.region,
          name: c.name,
          pairs: (full?.pairs ?? []).map((p) => ({
            id: p.id,
            ballotNumber: p.ballotNumber,
            name: p.name,
            emptyColumn: p.emptyColumn,
          })),
        };
      }),
    ),
  };
}

export type GenesisOutcome =
  | { readonly signed: true; readonly results: readonly SubmitResult[] }
  | { readonly signed: false; readonly requestFile: string; readonly entries: number };

/**
 * Sign and append the genesis where the root key is at hand
 * (`saksi init --new-root`); otherwise write the request for the offline
 * root to sign (`saksi root sign`), to be carried back (`saksi log submit`).
 */
export async function publishGenesis(
  config: Config,
  store: Store,
  electionId: string,
  requestFile: string,
): Promise<GenesisOutcome> {
  const requests = electionEntries(await genesisFromStore(store, electionId, await rootPublicKey(config)));
  if (!(await hasRootKey(config))) {
    await writeFile(requestFile, requestFileBytes(requests), { flag: 'wx' });
    return { signed: false, requestFile, entries: requests.length };
  }
  const entries = signRequests(requests, await loadRootKey(config)).map((bytes, i) => ({
    file: `${requests[i]!.type} ${i + 1}`,
    bytes,
  }));
  return { signed: true, results: (await submitEntries(config, entries)).map((s) => s.result) };
}

async function hasRootKey(config: Config): Promise<boolean> {
  return stat(rootKeyFile(config)).then(
    () => true,
    () => false,
  );
}
