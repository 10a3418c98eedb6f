/**
 * One typed configuration, read from environment variables and CLI flags
 * (flags win), validated at start-up. Every problem is listed with its fix
 * before the process exits: an operator fixes them all in one go.
 */
import { isAbsolute, join, resolve } from 'node:path';
import type { DatabaseTarget } from '../store/index.js';

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly database: DatabaseTarget;
  /** The log's origin line (C2SP tlog-checkpoint), e.g. `saksi.example.org/pilkada2024`. */
  readonly logOrigin: string;
  /** File holding the log's Ed25519 private key (created on first start when absent). */
  readonly logKeyFile: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Witnesses asked to cosign each checkpoint: `name url vkey` each. */
  readonly witnesses: readonly { readonly name: string; readonly url: string; readonly vkey: string }[];
  /** How many witness cosignatures a checkpoint needs before it is published. */
  readonly witnessQuorum: number;
  /** Largest request body accepted, in bytes. */
  readonly bodyLimit: number;
  /** The election authority's root vkey (pinned in the trust policy); without it no statements are taken. */
  readonly rootVkey?: string;
  /** Load the demo election on start. */
  readonly demo: boolean;
  /** When the portal may name a leading pair: shares of the region that must have reported. */
  readonly leaderRule: { readonly minTpsPercent: number; readonly minChildrenPercent: number };
  /** The settings given explicitly (by flag or environment), not defaulted. */
  readonly given: ReadonlySet<SettingName>;
}

/** The settings an operator can give, as environment variable → flag. */
export const SETTINGS = {
  SAKSI_HOST: {
    flag: 'host',
    cli: true,
    help: 'address to listen on (`0.0.0.0` to serve a network)',
    default: '127.0.0.1',
  },
  SAKSI_PORT: { flag: 'port', cli: true, help: 'TCP port', default: '8080' },
  SAKSI_DATA_DIR: {
    flag: 'dataDir',
    cli: true,
    help: 'directory for the SQLite file, the log and keys',
    default: './data',
  },
  SAKSI_DATABASE_URL: {
    flag: 'databaseUrl',
    cli: true,
    help: '`postgres://user:pass@host:5432/db` for PostgreSQL, or `sqlite:FILE`',
    default: '',
    shown: 'SQLite in the data directory',
  },
  SAKSI_LOG_ORIGIN: {
    flag: 'logOrigin',
    help: "origin line of the demo's log; a real data directory's is fixed by `saksi init --origin`",
    default: 'saksi.local/demo',
  },
  SAKSI_LOG_KEY_FILE: {
    flag: 'logKeyFile',
    help: "file with the log's private key (never in the repository)",
    default: '',
    shown: 'DATA_DIR/keys/log.key',
  },
  SAKSI_WITNESSES: {
    flag: 'witnesses',
    help: "the demo's extra witnesses (`name url vkey`, separated by `;`); a real data directory's are in its policy (`saksi policy add-witness`) and, given here, must agree with it",
    default: '',
    shown: 'none',
  },
  SAKSI_WITNESS_QUORUM: {
    flag: 'witnessQuorum',
    help: 'cosignatures a checkpoint needs; `0` acknowledges a policy without witnesses (refused otherwise)',
    default: '',
    shown: 'all witnesses',
  },
  SAKSI_ROOT_VKEY: {
    flag: 'rootVkey',
    help: "the election root key (vkey); a real data directory's is in its policy (`saksi init`) and, given here, must agree; `--demo` makes its own",
    default: '',
    shown: 'the policy’s',
  },
  SAKSI_LEADER_MIN_TPS_PERCENT: {
    flag: 'leaderMinTpsPercent',
    help: "share of a region's registry TPS that must have reported before the portal names a leading pair",
    default: '10',
  },
  SAKSI_LEADER_MIN_CHILDREN_PERCENT: {
    flag: 'leaderMinChildrenPercent',
    help: 'share of its child regions that must have reported before the portal names a leading pair',
    default: '50',
  },
  SAKSI_LOG_LEVEL: { flag: 'logLevel', help: '`fatal` … `trace`, or `silent`', default: 'info' },
  SAKSI_BODY_LIMIT: { flag: 'bodyLimit', help: 'largest request body in bytes', default: '1048576' },
  SAKSI_DEMO: { flag: 'demo', cli: true, help: 'load the demo election on start (1/0)', default: '0' },
} as const;

export type SettingName = keyof typeof SETTINGS;
export type ConfigInput = Partial<
  Record<(typeof SETTINGS)[SettingName]['flag'], string | number | boolean | undefined>
>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ORIGIN = /^[A-Za-z0-9.-]+(?:\/[A-Za-z0-9._~-]+)*$/;

/** A log origin line as C2SP tlog-checkpoint names them: a host name and an optional path. */
export function isLogOrigin(text: string): boolean {
  return ORIGIN.test(text) && text.length <= 200;
}

export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  flags: ConfigInput = {},
  cwd = '.',
): Config {
  const problems: string[] = [];
  const given = new Set<SettingName>();
  const get = (name: SettingName): string => {
    const s = SETTINGS[name];
    const fromFlag = flags[s.flag];
    if (fromFlag !== undefined) given.add(name);
    if (fromFlag !== undefined) return String(fromFlag);
    if (env[name] !== undefined && env[name] !== '') given.add(name);
    return env[name] ?? s.default;
  };
  const port = Number(get('SAKSI_PORT'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(
      `SAKSI_PORT / --port "${get('SAKSI_PORT')}" is not a port: give a whole number from 0 to 65535.`,
    );
  }
  const dataDir = resolve(cwd, get('SAKSI_DATA_DIR'));
  const database = databaseTarget(get('SAKSI_DATABASE_URL'), dataDir, cwd, problems);
  const logOrigin = get('SAKSI_LOG_ORIGIN');
  if (!isLogOrigin(logOrigin)) {
    problems.push(
      `SAKSI_LOG_ORIGIN "${logOrigin}" is not a log origin: use a host name and path, e.g. saksi.example.org/pilkada2024.`,
    );
  }
  const keyFile = get('SAKSI_LOG_KEY_FILE');
  const logLevel = get('SAKSI_LOG_LEVEL') as Config['logLevel'];
  if (!LEVELS.includes(logLevel))
    problems.push(`SAKSI_LOG_LEVEL "${logLevel}" is unknown: use one of ${LEVELS.join(', ')}.`);
  const bodyLimit = Number(get('SAKSI_BODY_LIMIT'));
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1024 || bodyLimit > 64 * 1024 * 1024) {
    problems.push(
      `SAKSI_BODY_LIMIT "${get('SAKSI_BODY_LIMIT')}" must be a whole number of bytes from 1024 to 67108864.`,
    );
  }
  const demo = parseFlag(get('SAKSI_DEMO'), 'SAKSI_DEMO / --demo', problems);
  const percent = (name: SettingName): number => {
    const v = Number(get(name));
    if (get(name).trim() === '' || !Number.isFinite(v) || v < 0 || v > 100) {
      problems.push(`${name} "${get(name)}" must be a percentage from 0 to 100.`);
      return 0;
    }
    return v;
  };
  const leaderRule = {
    minTpsPercent: percent('SAKSI_LEADER_MIN_TPS_PERCENT'),
    minChildrenPercent: percent('SAKSI_LEADER_MIN_CHILDREN_PERCENT'),
  };
  const witnesses = parseWitnesses(get('SAKSI_WITNESSES'), problems);
  const quorumText = get('SAKSI_WITNESS_QUORUM');
  const witnessQuorum = quorumText === '' ? witnesses.length : Number(quorumText);
  if (!Number.isInteger(witnessQuorum) || witnessQuorum < 0 || witnessQuorum > witnesses.length) {
    problems.push(
      `SAKSI_WITNESS_QUORUM "${quorumText}" must be a whole number from 0 to the number of witnesses (${witnesses.length}).`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    host: get('SAKSI_HOST'),
    port,
    dataDir,
    database,
    logOrigin,
    logKeyFile: keyFile === '' ? join(dataDir, 'keys', 'log.key') : resolve(cwd, keyFile),
    logLevel,
    bodyLimit,
    demo,
    witnesses,
    witnessQuorum,
    given,
    leaderRule,
    ...(get('SAKSI_ROOT_VKEY') === '' ? {} : { rootVkey: get('SAKSI_ROOT_VKEY') }),
  };
}

function parseWitnesses(text: string, problems: string[]): Config['witnesses'] {
  if (text.trim() === '') return [];
  return text.split(';').flatMap((part, i) => {
    const [name, url, vkey, ...rest] = part.trim().split(/\s+/);
    if (
      name === undefined ||
      url === undefined ||
      vkey === undefined ||
      rest.length > 0 ||
      !/^https?:\/\//.test(url)
    ) {
      problems.push(`SAKSI_WITNESSES item ${i + 1} must be "name http(s)://url vkey".`);
      return [];
    }
    return [{ name, url, vkey }];
  });
}

function databaseTarget(url: string, dataDir: string, cwd: string, problems: string[]): DatabaseTarget {
  if (url === '') return { kind: 'sqlite', file: join(dataDir, 'saksi.db') };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    try {
      new URL(url);
      return { kind: 'postgres', url };
    } catch {
      problems.push(
        'SAKSI_DATABASE_URL is not a valid URL: use postgres://user:password@host:5432/database.',
      );
    }
  } else if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file.length === 0)
      problems.push('SAKSI_DATABASE_URL "sqlite:" needs a file name, e.g. sqlite:./data/saksi.db.');
    return { kind: 'sqlite', file: file === ':memory:' || isAbsolute(file) ? file : resolve(cwd, file) };
  } else {
    problems.push(`SAKSI_DATABASE_URL "${url.slice(0, 40)}" is neither postgres://… nor sqlite:FILE.`);
  }
  return { kind: 'sqlite', file: join(dataDir, 'saksi.db') };
}

function parseFlag(v: string, name: string, problems: string[]): boolean {
  if (['1', 'true', 'yes', 'on'].includes(v.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off', ''].includes(v.toLowerCase())) return false;
  problems.push(`${name} "${v}" must be 1 or 0 (true/false).`);
  return false;
}

/** A short description of where the data lives, without secrets. */
export function describeDatabase(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return `SQLite ${target.file}`;
  const u = new URL(target.url);
  return `PostgreSQL ${u.hostname}:${u.port || '5432'}${u.pathname}`;
}
