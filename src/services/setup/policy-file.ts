/**
 * The data directory's trust policy file (`policy.txt`): written once by
 * `saksi init`, changed only by `saksi policy …`, read by every other
 * command. It is public (served at /log/policy.txt), so it is 0644; it is
 * replaced atomically so a reader never sees half a policy.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPolicy, parsePolicy } from '../../core/log/policy.js';
import type { TrustPolicy } from '../../core/log/policy.js';
import { nodeCrypto } from '../../crypto/node.js';
import { SaksiError, msg } from '../../core/errors/index.js';

export function policyFileOf(dataDir: string): string {
  return join(dataDir, 'policy.txt');
}

/** The policy and its text, or undefined when the directory has none (not initialised). */
export async function readPolicyFile(
  dataDir: string,
): Promise<{ readonly policy: TrustPolicy; readonly text: string } | undefined> {
  let text: string;
  try {
    text = await readFile(policyFileOf(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return { policy: parsePolicy(nodeCrypto, text), text };
}

/** Write the policy (`exclusive`: refuse when a policy file exists). */
export async function writePolicyFile(
  dataDir: string,
  policy: TrustPolicy,
  options: { readonly exclusive?: boolean } = {},
): Promise<string> {
  const file = policyFileOf(dataDir);
  const text = formatPolicy(nodeCrypto, policy);
  if (options.exclusive === true) {
    await writeFile(file, text, { mode: 0o644, flag: 'wx' });
    return text;
  }
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text, { mode: 0o644 });
  await rename(tmp, file);
  return text;
}

/** Read, change and write the data directory's policy (`saksi policy …`). */
export async function changePolicyFile(
  dataDir: string,
  edit: (policy: TrustPolicy) => TrustPolicy,
): Promise<TrustPolicy> {
  const read = await readPolicyFile(dataDir);
  if (read === undefined)
    throw new SaksiError(
      'DATA_DIR_NOT_INITIALISED',
      msg(
        `Tidak ada kebijakan di ${policyFileOf(dataDir)}: jalankan \`saksi init\` lebih dulu.`,
        `There is no policy at ${policyFileOf(dataDir)}: run \`saksi init\` first.`,
      ),
      { field: 'dataDir' },
    );
  const next = edit(read.policy);
  await writePolicyFile(dataDir, next);
  return next;
}
