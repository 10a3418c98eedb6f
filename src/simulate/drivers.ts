/**
 * The two ways a simulation reaches the real ingest path, behind one
 * interface: `batch` calls `Ingest.submit` in-process (what the server does
 * after parsing a request), `http` posts `/api/forms/batch` to a running
 * server with a relay account's bearer token, like any client. Either way
 * the final figures are read back from the live projection: the ledger's
 * tally, or `GET /api/results/{contest}/{region}`.
 */
import { randomBytes } from 'node:crypto';
import { ROLES, TOTP_SECRET_BYTES, base32Encode, parseScope } from '../core/auth/index.js';
import type { Role } from '../core/auth/index.js';
import type { RegionCode } from '../core/regions/index.js';
import { tallyOf } from '../core/recap/index.js';
import type { Ingest } from '../ingest/ingest.js';
import {
  CLI,
  DEFAULT_AUTH_SETTINGS,
  argon2idHasher,
  createAccount,
  createToken,
  generatePassword,
} from '../services/accounts/index.js';
import type { Store } from '../store/index.js';
import type { Scope } from './election.js';

export interface Outcome {
  readonly status: 'accepted' | 'duplicate' | 'refused';
  readonly index?: number;
  readonly leafHash?: string;
  /** For a refusal: the error code, and the first rule that failed (`FORM_RULES_FAILED/FORM_VOTES_SUM`). */
  readonly code?: string;
}

/** A contest's figures in a region, as the system reports them. */
export interface Figures {
  readonly votes: Readonly<Record<string, number>>;
  readonly valid: number;
  readonly invalid: number;
  readonly total: number;
  readonly forms: number;
  readonly status: Readonly<Record<string, number>>;
}

export interface Driver {
  readonly via: 'batch' | 'http';
  submit(entries: readonly Uint8Array[]): Promise<Outcome[]>;
  figures(contestId: string, region: Scope): Promise<Figures>;
}

export function batchDriver(ingest: Ingest): Driver {
  return {
    via: 'batch',
    async submit(entries) {
      return (await ingest.submit(entries)).map((r) =>
        r.status === 'refused'
          ? { status: 'refused', code: codeOf(r.error.code, r.error.problems[0]?.code) }
          : { status: r.status, index: r.index, leafHash: r.leafHash },
      );
    },
    async figures(contestId, region) {
      const s = tallyOf(ingest.ledger).snapshot(contestId, region);
      return {
        votes: s.votes,
        valid: s.valid,
        invalid: s.invalid,
        total: s.total,
        forms: s.forms,
        status: s.status,
      };
    },
  };
}

const OPEN = new TextEncoder().encode('{"entries":[');
const CLOSE = new TextEncoder().encode(']}');
const COMMA = 0x2c;

/** The request body of a batch: the entries are canonical JSON already, so they are spliced in as they are. */
export function batchBody(entries: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const size = OPEN.length + CLOSE.length + entries.reduce((n, e) => n + e.length + 1, 0) - 1;
  const out = new Uint8Array(Math.max(size, OPEN.length + CLOSE.length));
  out.set(OPEN, 0);
  let at = OPEN.length;
  entries.forEach((e, i) => {
    if (i > 0) out[at++] = COMMA;
    out.set(e, at);
    at += e.length;
  });
  out.set(CLOSE, at);
  return out;
}

interface BatchResponse {
  readonly data: ReadonlyArray<{
    readonly status: Outcome['status'];
    readonly index?: number;
    readonly leafHash?: string;
    readonly error?: { readonly code: string; readonly details?: ReadonlyArray<{ readonly code: string }> };
  }>;
}

interface ResultsResponse {
  readonly data: {
    readonly totals: Omit<Figures, 'forms'> & { readonly progress: { readonly reported: number } };
  };
}

export function httpDriver(baseUrl: string, token: string): Driver {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    via: 'http',
    async submit(entries) {
      const res = await fetch(`${baseUrl}/api/forms/batch`, {
        method: 'POST',
        headers,
        body: batchBody(entries),
      });
      const text = await res.text();
      if (res.status !== 200)
        throw new Error(`POST /api/forms/batch: HTTP ${res.status} ${text.slice(0, 300)}`);
      return (JSON.parse(text) as BatchResponse).data.map((d) =>
        d.status === 'refused'
          ? { status: 'refused', code: codeOf(d.error?.code ?? 'UNKNOWN', d.error?.details?.[0]?.code) }
          : {
              status: d.status,
              ...(d.index === undefined ? {} : { index: d.index }),
              ...(d.leafHash === undefined ? {} : { leafHash: d.leafHash }),
            },
      );
    },
    async figures(contestId, region) {
      const path = `/api/results/${encodeURIComponent(contestId)}/${region}`;
      const res = await fetch(`${baseUrl}${path}`);
      const text = await res.text();
      if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
      const t = (JSON.parse(text) as ResultsResponse).data.totals;
      return {
        votes: t.votes,
        valid: t.valid,
        invalid: t.invalid,
        total: t.total,
        forms: t.progress.reported,
        status: t.status,
      };
    },
  };
}

function codeOf(code: string, first: string | undefined): string {
  return first === undefined || first === code ? code : `${code}/${first}`;
}

/** The KPU (or PPK/PPS) role whose account covers a scope: national → kpu-ri, … */
export function relayRole(scope: Scope): Role {
  if (scope === 'national') return 'kpu-ri';
  const byLength: Record<number, Role> = {
    2: 'kpu-provinsi',
    4: 'kpu-kabkota',
    6: 'ppk',
    10: 'pps',
  };
  const role = byLength[scope.length];
  if (role === undefined) throw new RangeError(`no relay role for ${scope}`);
  return role;
}

/**
 * An account with the relay right for the scope, created through the
 * accounts service as the CLI operator (like `saksi accounts create
 * --relay`), its TOTP marked enrolled where the role requires it, and a
 * bearer token (like `saksi tokens create`).
 */
export async function relayToken(store: Store, scope: Scope, label: string): Promise<string> {
  const deps = {
    store,
    hasher: argon2idHasher(),
    clock: () => new Date(),
    settings: DEFAULT_AUTH_SETTINGS,
  };
  const role = relayRole(scope);
  const account = await createAccount(deps, CLI, {
    username: `sim-${label}-${scope}-${randomBytes(3).toString('hex')}`,
    displayName: `Simulasi ${label} ${scope}`,
    role,
    scope: parseScope(scope as RegionCode | 'national'),
    permissions: ['relay'],
    password: generatePassword(),
  });
  if (ROLES[role].totpRequired)
    await store.auth.accounts.update(account.id, {
      totpSecret: base32Encode(new Uint8Array(randomBytes(TOTP_SECRET_BYTES)), false),
      totpEnabled: true,
      updatedAt: new Date().toISOString(),
    });
  return (await createToken(deps, CLI, { accountId: account.id, name: `saksi simulate ${label}` })).token;
}

/** Submit many entries in chunks with up to `inFlight` chunks outstanding; outcomes in input order. */
export async function pump(
  driver: Driver,
  entries: readonly Uint8Array[],
  options: { readonly chunk: number; readonly inFlight: number; readonly onDone?: (n: number) => void },
): Promise<Outcome[]> {
  const out: Outcome[] = new Array<Outcome>(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const start = next;
      next = Math.min(entries.length, next + options.chunk);
      const part = entries.slice(start, next);
      const results = await driver.submit(part);
      results.forEach((r, i) => (out[start + i] = r));
      options.onDone?.(part.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.inFlight) }, worker));
  return out;
}
