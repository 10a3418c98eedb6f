/**
 * Open the server's transparency log from the configuration: the log key
 * (created on first start), the configured witnesses, the files under the
 * data directory (`log/` public, `log-state/` internal), and the trust
 * policy file (`policy.txt`) that verifiers need.
 */
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../config/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { formatPolicy } from '../../core/log/policy.js';
import { parseVerifierKey } from '../../core/log/note-key.js';
import type { VerifierKey } from '../../core/log/note-key.js';
import type { TrustPolicy } from '../../core/log/policy.js';
import { nodeCrypto } from '../../crypto/node.js';
import { TransparencyLog } from '../../log/log.js';
import type { WitnessEndpoint } from '../../log/publisher.js';
import { loadOrCreateKey } from '../../log/key-file.js';

export interface LogService {
  readonly log: TransparencyLog;
  readonly logVkey: string;
  readonly policyFile: string;
  /** The policy file's text (also served at /log/policy.txt). */
  readonly policyText: string;
  readonly witnesses: readonly WitnessEndpoint[];
}

export interface OpenLogOptions {
  /** Extra witnesses (the demo's local one), beside the configured ones. */
  readonly extraWitnesses?: readonly WitnessEndpoint[];
  readonly quorum?: number;
  /** The election authority's root key, pinned in the policy file. */
  readonly rootVkey?: string;
  readonly publishIntervalMs?: number;
  readonly onError?: (message: string) => void;
}

/**
 * A data directory's log under its own trust policy (`saksi init`): the
 * witnesses, quorum and origin the policy names, and the log key it pins;
 * the policy file is never written here (issue 16 #4).
 */
export async function openTrustedLogService(
  config: Config,
  trust: { readonly policy: TrustPolicy; readonly text: string },
  options: Pick<OpenLogOptions, 'publishIntervalMs' | 'onError'> = {},
): Promise<LogService> {
  const { policy } = trust;
  if (
    !(await stat(config.logKeyFile).then(
      () => true,
      () => false,
    ))
  )
    throw new SaksiError(
      'LOG_KEY_MISSING',
      msg(
        `Kunci log ${config.logKeyFile} tidak ada; kebijakan menyematkan kunci log ${policy.log.name}. Pulihkan dari cadangan.`,
        `The log key ${config.logKeyFile} is missing; the policy pins log key ${policy.log.name}. Restore it from the backup.`,
      ),
      { field: 'SAKSI_LOG_KEY_FILE' },
    );
  const key = await loadOrCreateKey(nodeCrypto, config.logKeyFile, policy.log.name);
  if (!Buffer.from(key.signer.publicKey).equals(Buffer.from(policy.log.publicKey)))
    throw new SaksiError(
      'POLICY_LOG_KEY_MISMATCH',
      msg(
        `Kunci di ${config.logKeyFile} bukan kunci log yang disematkan kebijakan.`,
        `The key in ${config.logKeyFile} is not the log key the policy pins.`,
      ),
      { field: 'SAKSI_LOG_KEY_FILE' },
    );
  const witnesses = policy.witnesses.map((w) => ({ name: w.name, url: w.url ?? '', key: w.key }));
  const log = await TransparencyLog.openDir(join(config.dataDir, 'log'), join(config.dataDir, 'log-state'), {
    crypto: nodeCrypto,
    origin: policy.log.name,
    logSigner: key.signer,
    witnesses,
    quorum: policy.quorum,
    ...(options.publishIntervalMs === undefined ? {} : { publishIntervalMs: options.publishIntervalMs }),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  const policyFile = join(config.dataDir, 'policy.txt');
  return { log, logVkey: key.vkey, policyFile, policyText: trust.text, witnesses };
}

/** The demo's and the simulator's log: the policy is made from the settings and written on every start. */
export async function openLogService(config: Config, options: OpenLogOptions = {}): Promise<LogService> {
  const key = await loadOrCreateKey(nodeCrypto, config.logKeyFile, config.logOrigin);
  const witnesses = [...config.witnesses.map(toEndpoint), ...(options.extraWitnesses ?? [])];
  const quorum = options.quorum ?? config.witnessQuorum + (options.extraWitnesses?.length ?? 0);
  const log = await TransparencyLog.openDir(join(config.dataDir, 'log'), join(config.dataDir, 'log-state'), {
    crypto: nodeCrypto,
    origin: config.logOrigin,
    logSigner: key.signer,
    witnesses,
    quorum,
    ...(options.publishIntervalMs === undefined ? {} : { publishIntervalMs: options.publishIntervalMs }),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  const policyFile = join(config.dataDir, 'policy.txt');
  const policyText = formatPolicy(nodeCrypto, {
    log: parseVerifierKey(nodeCrypto, key.vkey),
    logUrl: `http://${config.host}:${config.port}/log/`,
    ...(options.rootVkey === undefined ? {} : { root: parseVerifierKey(nodeCrypto, options.rootVkey) }),
    witnesses: witnesses.map((w) => ({ name: w.name, key: w.key, url: w.url })),
    quorum,
  });
  await writeFile(policyFile, policyText);
  return { log, logVkey: key.vkey, policyFile, policyText, witnesses };
}

function toEndpoint(w: Config['witnesses'][number]): WitnessEndpoint {
  let key: VerifierKey;
  try {
    key = parseVerifierKey(nodeCrypto, w.vkey);
  } catch (e) {
    throw new SaksiError(
      'CONFIG_WITNESS_VKEY_INVALID',
      msg(`Kunci saksi ${w.name} tidak sah.`, `Witness ${w.name}'s vkey is not valid.`),
      {
        field: 'SAKSI_WITNESSES',
        cause: e,
      },
    );
  }
  return { name: w.name, url: w.url, key };
}
