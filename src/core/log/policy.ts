/**
 * The trust policy a verifier applies, in the line format of the Sigsum /
 * transparency-dev witness policies (C2SP tlog-policy style), reduced to a
 * k-of-n quorum and extended with the election authority's root key:
 *
 *   # comment
 *   log <vkey> [<url>]            the log's checkpoint key (signature type 0x01)
 *   root <vkey>                   the election authority's root key (0x01), optional
 *   witness <name> <vkey> [<url>] a witness cosigner key (type 0x04, c2sp.org/tlog-cosignature)
 *   quorum <k>                    at least k distinct witnesses must cosign
 *
 * Every problem is reported at once, each with its line number.
 */
import type { Problem } from '../errors/index.js';
import { SaksiError, msg, problem } from '../errors/index.js';
import type { LogHasher } from './crypto.js';
import { parseDecimal } from './encoding.js';
import type { LogErrorCode } from './errors.js';
import { logMessage } from './errors.js';
import type { VerifierKey } from './note-key.js';
import {
  SIGNATURE_TYPE_COSIGNATURE_V1,
  SIGNATURE_TYPE_ED25519,
  formatVerifierKey,
  parseVerifierKey,
} from './note-key.js';

export const POLICY_MAX_BYTES = 64 * 1024;
export const POLICY_MAX_WITNESSES = 256;
const KEYWORDS = new Set(['log', 'root', 'witness', 'quorum', 'group', 'any', 'all', 'none']);

export interface PolicyWitness {
  /** The policy-local name (not the key's name). */
  readonly name: string;
  readonly key: VerifierKey;
  readonly url?: string;
}

export interface TrustPolicy {
  readonly log: VerifierKey;
  readonly logUrl?: string;
  readonly root?: VerifierKey;
  readonly witnesses: readonly PolicyWitness[];
  readonly quorum: number;
}

/** Parses a policy file; throws LOG_POLICY_INVALID listing every problem by line. */
export function parsePolicy(hasher: LogHasher, attackerControlledText: string): TrustPolicy {
  const state = new PolicyState(hasher);
  if (attackerControlledText.length > POLICY_MAX_BYTES) state.report(0, 'LOG_POLICY_LINE_INVALID', TOO_LARGE);
  else attackerControlledText.split('\n').forEach((raw, i) => state.line(i + 1, raw));
  return state.finish();
}

export function formatPolicy(hasher: LogHasher, policy: TrustPolicy): string {
  const vkey = (k: VerifierKey) => formatVerifierKey(hasher, k.name, k.type, k.publicKey);
  const withUrl = (text: string, url: string | undefined) => (url === undefined ? text : `${text} ${url}`);
  return [
    withUrl(`log ${vkey(policy.log)}`, policy.logUrl),
    ...(policy.root === undefined ? [] : [`root ${vkey(policy.root)}`]),
    ...policy.witnesses.map((w) => withUrl(`witness ${w.name} ${vkey(w.key)}`, w.url)),
    `quorum ${policy.quorum}`,
    '',
  ].join('\n');
}

class PolicyState {
  readonly problems: Problem[] = [];
  log: { key: VerifierKey; url?: string } | undefined;
  root: VerifierKey | undefined;
  readonly witnesses: PolicyWitness[] = [];
  quorum: { value: number; line: number } | undefined;
  logLines = 0;
  quorumLines = 0;

  constructor(readonly hasher: LogHasher) {}

  report(line: number, code: LogErrorCode, detail: { id: string; en: string }): void {
    const base = logMessage(code);
    const where = line > 0 ? msg(`baris ${line}: `, `line ${line}: `) : msg('', '');
    this.problems.push(
      problem(
        code,
        [line > 0 ? `line ${line}` : 'policy'],
        msg(`${where.id}${base.id} (${detail.id})`, `${where.en}${base.en} (${detail.en})`),
      ),
    );
  }

  line(n: number, raw: string): void {
    const fields = raw
      .replace(/#.*$/, '')
      .trim()
      .split(/[ \t]+/)
      .filter((f) => f !== '');
    if (fields.length === 0) return;
    const [keyword, ...args] = fields;
    if (keyword === 'log' && (args.length === 1 || (args.length === 2 && isUrl(args[1]!)))) {
      this.logLines++;
      const key = this.key(n, args[0]!, SIGNATURE_TYPE_ED25519);
      if (key !== undefined) this.log = { key, ...(args[1] === undefined ? {} : { url: args[1] }) };
    } else if (keyword === 'root' && args.length === 1) {
      if (this.root !== undefined)
        this.report(n, 'LOG_POLICY_DUPLICATE', msg('kunci root kedua', 'a second root key'));
      this.root = this.key(n, args[0]!, SIGNATURE_TYPE_ED25519) ?? this.root;
    } else if (keyword === 'witness' && (args.length === 2 || (args.length === 3 && isUrl(args[2]!)))) {
      this.witness(n, args[0]!, args[1]!, args[2]);
    } else if (keyword === 'quorum' && args.length === 1) {
      this.quorumLines++;
      const value = parseDecimal(args[0]!);
      if (value === undefined)
        this.report(n, 'LOG_POLICY_QUORUM_INVALID', msg(`"${args[0]}"`, `"${args[0]}"`));
      else this.quorum = { value, line: n };
    } else {
      this.report(n, 'LOG_POLICY_LINE_INVALID', msg(`"${keyword}"`, `"${keyword}"`));
    }
  }

  witness(n: number, name: string, vkey: string, url: string | undefined): void {
    if (KEYWORDS.has(name))
      return this.report(n, 'LOG_POLICY_LINE_INVALID', msg(`nama "${name}"`, `name "${name}"`));
    if (this.witnesses.length === POLICY_MAX_WITNESSES) {
      return this.report(n, 'LOG_POLICY_LINE_INVALID', msg('terlalu banyak saksi', 'too many witnesses'));
    }
    const key = this.key(n, vkey, SIGNATURE_TYPE_COSIGNATURE_V1);
    if (key === undefined) return;
    if (this.witnesses.some((w) => w.name === name)) {
      return this.report(n, 'LOG_POLICY_DUPLICATE', msg(`saksi "${name}"`, `witness "${name}"`));
    }
    if (this.witnesses.some((w) => w.key.name === key.name && w.key.keyId === key.keyId)) {
      return this.report(n, 'LOG_POLICY_DUPLICATE', msg(`kunci ${key.name}`, `key ${key.name}`));
    }
    this.witnesses.push({ name, key, ...(url === undefined ? {} : { url }) });
  }

  key(n: number, vkey: string, type: number): VerifierKey | undefined {
    try {
      const key = parseVerifierKey(this.hasher, vkey);
      if (key.type === type) return key;
      this.report(
        n,
        'LOG_POLICY_KEY_INVALID',
        msg(`jenis tanda tangan harus 0x0${type}`, `signature type must be 0x0${type}`),
      );
    } catch (e) {
      const detail = e instanceof SaksiError ? e.messages : msg('vkey', 'vkey');
      this.report(n, 'LOG_POLICY_KEY_INVALID', detail);
    }
    return undefined;
  }

  finish(): TrustPolicy {
    if (this.logLines !== 1 || this.quorumLines !== 1) {
      this.report(
        0,
        'LOG_POLICY_MISSING',
        msg(
          `${this.logLines} log, ${this.quorumLines} quorum`,
          `${this.logLines} log, ${this.quorumLines} quorum`,
        ),
      );
    }
    if (this.quorum !== undefined && this.quorum.value > this.witnesses.length) {
      const detail = msg(
        `${this.quorum.value} dari ${this.witnesses.length} saksi`,
        `${this.quorum.value} of ${this.witnesses.length} witnesses`,
      );
      this.report(this.quorum.line, 'LOG_POLICY_QUORUM_INVALID', detail);
    }
    if (this.problems.length > 0 || this.log === undefined || this.quorum === undefined) {
      const base = logMessage('LOG_POLICY_INVALID');
      const all = (lang: 'id' | 'en') =>
        `${base[lang]} ${this.problems.map((p) => p.message[lang]).join('; ')}`;
      throw new SaksiError('LOG_POLICY_INVALID', msg(all('id'), all('en')), {
        field: 'policy',
        problems: this.problems,
      });
    }
    return {
      log: this.log.key,
      ...(this.log.url === undefined ? {} : { logUrl: this.log.url }),
      ...(this.root === undefined ? {} : { root: this.root }),
      witnesses: this.witnesses,
      quorum: this.quorum.value,
    };
  }
}

function isUrl(text: string): boolean {
  return /^https?:\/\/\S+$/.test(text);
}

const TOO_LARGE = msg('berkas terlalu besar', 'file too large');
