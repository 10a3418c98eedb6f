/**
 * A real deployment's trust comes from its data directory, not from the
 * environment: `saksi init` writes the policy (log key and URL, election
 * root key, witnesses, quorum) and `saksi policy …` changes it. Every
 * command reads it from there; settings that say otherwise are refused,
 * so a typo in an environment variable can never quietly weaken what a
 * verifier is told to trust (issue 16 #4).
 */
import type { Config, SettingName } from '../../config/index.js';
import { SaksiError, msg, problem } from '../../core/errors/index.js';
import type { Problem } from '../../core/errors/index.js';
import { formatVerifierKey } from '../../core/log/note-key.js';
import type { VerifierKey } from '../../core/log/note-key.js';
import type { TrustPolicy } from '../../core/log/policy.js';
import { nodeCrypto } from '../../crypto/node.js';
import { policyFileOf, readPolicyFile } from './policy-file.js';

export interface DataDirTrust {
  /** The configuration with the log origin and root key the policy names. */
  readonly config: Config;
  readonly policy: TrustPolicy;
  readonly text: string;
}

export function vkeyOf(key: VerifierKey): string {
  return formatVerifierKey(nodeCrypto, key.name, key.type, key.publicKey);
}

/** The data directory's policy, or undefined when it has none. */
export async function findTrust(config: Config): Promise<DataDirTrust | undefined> {
  const read = await readPolicyFile(config.dataDir);
  if (read === undefined) return undefined;
  const { policy, text } = read;
  return {
    config: {
      ...config,
      logOrigin: policy.log.name,
      ...(policy.root === undefined ? {} : { rootVkey: vkeyOf(policy.root) }),
    },
    policy,
    text,
  };
}

/** The data directory's policy; a directory without one is refused, pointing to `saksi init`. */
export async function requireTrust(config: Config): Promise<DataDirTrust> {
  const trust = await findTrust(config);
  if (trust !== undefined) return trust;
  throw new SaksiError(
    'DATA_DIR_NOT_INITIALISED',
    msg(
      `Direktori data ${config.dataDir} belum disiapkan (tidak ada ${policyFileOf(config.dataDir)}): jalankan \`saksi init\` lebih dulu, atau \`saksi serve --demo\` untuk demo.`,
      `The data directory ${config.dataDir} is not set up (no ${policyFileOf(config.dataDir)}): run \`saksi init\` first, or \`saksi serve --demo\` for the demo.`,
    ),
    { field: 'dataDir' },
  );
}

/**
 * What `saksi serve` checks before it opens the log: settings given
 * explicitly must agree with the policy, every witness must have a URL to
 * ask, and a quorum of 0 (checkpoints nobody cosigns) is served only when
 * SAKSI_WITNESS_QUORUM=0 is given explicitly as well.
 */
export function checkServeTrust(config: Config, policy: TrustPolicy): void {
  const problems: Problem[] = [];
  const conflict = (name: SettingName, ours: string, theirs: string) => {
    if (config.given.has(name) && ours !== theirs)
      problems.push(
        problem(
          'POLICY_SETTINGS_CONFLICT',
          [name],
          msg(
            `${name} berbeda dengan kebijakan (${theirs || 'kosong'}).`,
            `${name} differs from the policy (${theirs || 'none'}).`,
          ),
        ),
      );
  };
  conflict('SAKSI_LOG_ORIGIN', config.logOrigin, policy.log.name);
  conflict('SAKSI_ROOT_VKEY', config.rootVkey ?? '', policy.root === undefined ? '' : vkeyOf(policy.root));
  conflict(
    'SAKSI_WITNESSES',
    config.witnesses.map((w) => `${w.name} ${w.url} ${w.vkey}`).join('; '),
    policy.witnesses.map((w) => `${w.name} ${w.url ?? ''} ${vkeyOf(w.key)}`).join('; '),
  );
  conflict('SAKSI_WITNESS_QUORUM', String(config.witnessQuorum), String(policy.quorum));
  for (const w of policy.witnesses)
    if (w.url === undefined)
      problems.push(
        problem(
          'POLICY_WITNESS_URL_MISSING',
          [`witness ${w.name}`],
          msg(`Saksi ${w.name} tidak punya URL.`, `Witness ${w.name} has no URL to ask.`),
        ),
      );
  if (problems.length > 0)
    throw new SaksiError(
      problems[0]!.code,
      msg(
        `Pengaturan tidak cocok dengan kebijakan kepercayaan ${policyFileOf(config.dataDir)}; ubah kebijakan hanya dengan \`saksi policy …\`.`,
        `The settings disagree with the trust policy ${policyFileOf(config.dataDir)}; change the policy only with \`saksi policy …\`.`,
      ),
      { field: problems[0]!.fields[0] ?? 'policy', problems },
    );
  const zeroAcknowledged = config.given.has('SAKSI_WITNESS_QUORUM') && config.witnessQuorum === 0;
  if (policy.quorum === 0 && !zeroAcknowledged)
    throw new SaksiError(
      'POLICY_QUORUM_ZERO',
      msg(
        'Kebijakan tidak meminta tanda tangan saksi (quorum 0): checkpoint tidak dapat diperiksa pihak independen. Tambahkan saksi (`saksi policy add-witness`, `saksi policy set-quorum`), atau setel SAKSI_WITNESS_QUORUM=0 bila memang disengaja.',
        'The policy asks for no witness cosignature (quorum 0): nobody independent checks the checkpoints. Add witnesses (`saksi policy add-witness`, `saksi policy set-quorum`), or set SAKSI_WITNESS_QUORUM=0 when this is intended.',
      ),
      { field: 'quorum' },
    );
}
