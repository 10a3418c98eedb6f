/**
 * `saksi init`: make a new data directory ready for a real election — the
 * log key (named by the log's origin), an empty log, the trust policy that
 * verifiers pin, and either a new election root key (to be moved offline)
 * or the public key of a root kept elsewhere. Nothing that exists is ever
 * overwritten: a directory with anything in it is refused.
 */
import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import type { Config } from '../../config/index.js';
import { isLogOrigin } from '../../config/index.js';
import { SaksiError, msg } from '../../core/errors/index.js';
import { SIGNATURE_TYPE_ED25519, noteKeyPair, parseVerifierKey } from '../../core/log/note-key.js';
import type { VerifierKey } from '../../core/log/note-key.js';
import { addWitness, setQuorum } from '../../core/log/policy-edit.js';
import type { WitnessLine } from '../../core/log/policy-edit.js';
import type { TrustPolicy } from '../../core/log/policy.js';
import { newSeed, nodeCrypto, nodeSigner } from '../../crypto/node.js';
import { loadOrCreateKey } from '../../log/key-file.js';
import { rootKeyFile } from '../imports/offline.js';
import { writePolicyFile, policyFileOf } from './policy-file.js';
import { vkeyOf } from './trust.js';

export interface InitOptions {
  /** The log's origin line, e.g. `saksi.kpu-batu.example/pilkada2024`. */
  readonly origin: string;
  /** Where the server will be reached: the policy names `<publicUrl>/log/`. */
  readonly publicUrl: string;
  /** Make a new root key under this name (DATA_DIR/keys/root.key, 0600)… */
  readonly newRoot?: string;
  /** …or pin the public key of a root kept elsewhere. */
  readonly rootVkey?: string;
  readonly witnesses?: readonly WitnessLine[];
  /** Default: every witness. */
  readonly quorum?: number;
}

export interface InitReport {
  readonly dataDir: string;
  readonly policyFile: string;
  readonly logVkey: string;
  readonly rootVkey: string;
  /** Where the new root key was written (only with `newRoot`). */
  readonly rootKeyFile: string | null;
  readonly policy: TrustPolicy;
}

export async function initDataDir(config: Config, o: InitOptions): Promise<InitReport> {
  const rootPinned = checkOptions(o);
  checkWitnesses(o);
  await refuseUsed(config);
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  await chmod(config.dataDir, 0o700);
  await mkdir(`${config.dataDir}/keys`, { mode: 0o700 });
  const logKey = await loadOrCreateKey(nodeCrypto, config.logKeyFile, o.origin);
  const root =
    o.newRoot === undefined ? null : await loadOrCreateKey(nodeCrypto, rootKeyFile(config), o.newRoot);
  const rootKey = rootPinned ?? parseVerifierKey(nodeCrypto, root!.vkey);
  let policy: TrustPolicy = {
    log: parseVerifierKey(nodeCrypto, logKey.vkey),
    logUrl: `${o.publicUrl.replace(/\/+$/, '')}/log/`,
    root: rootKey,
    witnesses: [],
    quorum: 0,
  };
  for (const w of o.witnesses ?? []) policy = addWitness(nodeCrypto, policy, w);
  policy = { ...policy, quorum: o.quorum ?? policy.witnesses.length };
  await writePolicyFile(config.dataDir, policy, { exclusive: true });
  return {
    dataDir: config.dataDir,
    policyFile: policyFileOf(config.dataDir),
    logVkey: logKey.vkey,
    rootVkey: vkeyOf(rootKey),
    rootKeyFile: root === null ? null : rootKeyFile(config),
    policy,
  };
}

function checkOptions(o: InitOptions): VerifierKey | null {
  if (!isLogOrigin(o.origin))
    throw invalid(
      'INIT_ORIGIN_INVALID',
      'origin',
      'a host name and path, e.g. saksi.example.org/pilkada2024',
    );
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(o.publicUrl))
    throw invalid(
      'INIT_PUBLIC_URL_INVALID',
      'public-url',
      'an http(s):// URL, e.g. https://saksi.example.org',
    );
  if ((o.newRoot === undefined) === (o.rootVkey === undefined))
    throw new SaksiError(
      'INIT_ROOT_CHOICE',
      msg(
        'Pilih satu: --new-root (kunci akar baru) atau --root-vkey (kunci akar yang disimpan di tempat lain).',
        'Choose one: --new-root (a new root key) or --root-vkey (a root key kept elsewhere).',
      ),
      { field: 'root' },
    );
  if (o.newRoot !== undefined && !isLogOrigin(o.newRoot))
    throw invalid('INIT_ROOT_NAME_INVALID', 'new-root', 'a key name such as kpu-batu.example/root');
  if (o.rootVkey === undefined) return null;
  try {
    const key = parseVerifierKey(nodeCrypto, o.rootVkey);
    if (key.type === SIGNATURE_TYPE_ED25519) return key;
  } catch {
    // reported below
  }
  throw invalid('INIT_ROOT_VKEY_INVALID', 'root-vkey', 'an Ed25519 vkey name+hexid+base64');
}

/** The witnesses and quorum, checked on a throwaway log key before anything is written. */
function checkWitnesses(o: InitOptions): void {
  const seed = newSeed();
  const log = noteKeyPair(nodeCrypto, o.origin, seed, nodeSigner(seed).publicKey).vkey;
  let probe: TrustPolicy = { log: parseVerifierKey(nodeCrypto, log), witnesses: [], quorum: 0 };
  for (const w of o.witnesses ?? []) probe = addWitness(nodeCrypto, probe, w);
  setQuorum(nodeCrypto, probe, o.quorum ?? probe.witnesses.length);
}

/** Anything in the directory (or a log key where the settings put it) means it is in use. */
async function refuseUsed(config: Config): Promise<void> {
  const found: string[] = [];
  const entries = await readdir(config.dataDir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  found.push(...entries.slice(0, 10));
  if (await exists(config.logKeyFile)) found.push(config.logKeyFile);
  if (config.database.kind === 'sqlite' && (await exists(config.database.file)))
    found.push(config.database.file);
  if (found.length === 0) return;
  throw new SaksiError(
    'INIT_DIR_IN_USE',
    msg(
      `${config.dataDir} sudah berisi ${found.join(', ')}; \`saksi init\` tidak menimpa apa pun: pilih direktori baru yang kosong.`,
      `${config.dataDir} already holds ${found.join(', ')}; \`saksi init\` overwrites nothing: choose a new, empty directory.`,
    ),
    { field: 'dataDir' },
  );
}

function invalid(code: string, field: string, what: string): SaksiError {
  return new SaksiError(
    code,
    msg(`--${field} tidak sah: gunakan ${what}.`, `--${field} is not valid: use ${what}.`),
    { field },
  );
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
