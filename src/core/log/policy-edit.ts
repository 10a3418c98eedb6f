/**
 * Changes to a trust policy, each an explicit operator decision
 * (`saksi policy add-witness|remove-witness|set-quorum`): pure functions
 * from one policy to the next. The result is formatted and parsed again, so
 * an edit can never produce a policy that `parsePolicy` would refuse.
 */
import { SaksiError, msg } from '../errors/index.js';
import type { LogHasher } from './crypto.js';
import { parseVerifierKey } from './note-key.js';
import { formatPolicy, parsePolicy } from './policy.js';
import type { TrustPolicy } from './policy.js';

export interface WitnessLine {
  readonly name: string;
  readonly url: string;
  readonly vkey: string;
}

/** Add a witness (its cosignature/v1 vkey and the URL the log asks); the quorum is left as it is. */
export function addWitness(hasher: LogHasher, policy: TrustPolicy, w: WitnessLine): TrustPolicy {
  if (policy.witnesses.some((x) => x.name === w.name))
    throw new SaksiError(
      'POLICY_WITNESS_EXISTS',
      msg(`Saksi "${w.name}" sudah ada dalam kebijakan.`, `Witness "${w.name}" is already in the policy.`),
      { field: 'name' },
    );
  if (!/^https?:\/\/\S+$/.test(w.url))
    throw new SaksiError(
      'POLICY_WITNESS_URL_INVALID',
      msg(`URL saksi "${w.url}" harus http(s)://…`, `The witness URL "${w.url}" must be http(s)://…`),
      { field: 'url' },
    );
  let key;
  try {
    key = parseVerifierKey(hasher, w.vkey);
  } catch (e) {
    throw new SaksiError(
      'POLICY_WITNESS_VKEY_INVALID',
      msg(`Kunci saksi "${w.name}" tidak sah.`, `The key of witness "${w.name}" is not valid.`),
      { field: 'vkey', cause: e },
    );
  }
  return checked(hasher, { ...policy, witnesses: [...policy.witnesses, { name: w.name, key, url: w.url }] });
}

/** Remove a witness; refused while the quorum would exceed the witnesses left (lower it first). */
export function removeWitness(hasher: LogHasher, policy: TrustPolicy, name: string): TrustPolicy {
  if (!policy.witnesses.some((w) => w.name === name))
    throw new SaksiError(
      'POLICY_WITNESS_UNKNOWN',
      msg(`Tidak ada saksi "${name}" dalam kebijakan.`, `There is no witness "${name}" in the policy.`),
      { field: 'name' },
    );
  const witnesses = policy.witnesses.filter((w) => w.name !== name);
  if (policy.quorum > witnesses.length)
    throw new SaksiError(
      'POLICY_QUORUM_TOO_HIGH',
      msg(
        `Kuorum ${policy.quorum} melebihi ${witnesses.length} saksi yang tersisa: turunkan dulu dengan \`saksi policy set-quorum\`.`,
        `The quorum ${policy.quorum} would exceed the ${witnesses.length} witnesses left: lower it first with \`saksi policy set-quorum\`.`,
      ),
      { field: 'quorum' },
    );
  return checked(hasher, { ...policy, witnesses });
}

/** Set how many distinct witnesses must cosign a checkpoint (0 … the number of witnesses). */
export function setQuorum(hasher: LogHasher, policy: TrustPolicy, quorum: number): TrustPolicy {
  if (!Number.isSafeInteger(quorum) || quorum < 0 || quorum > policy.witnesses.length)
    throw new SaksiError(
      'POLICY_QUORUM_INVALID',
      msg(
        `Kuorum harus bilangan bulat dari 0 sampai ${policy.witnesses.length} (jumlah saksi).`,
        `The quorum must be a whole number from 0 to ${policy.witnesses.length} (the number of witnesses).`,
      ),
      { field: 'quorum' },
    );
  return checked(hasher, { ...policy, quorum });
}

function checked(hasher: LogHasher, policy: TrustPolicy): TrustPolicy {
  return parsePolicy(hasher, formatPolicy(hasher, policy));
}
