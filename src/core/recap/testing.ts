/**
 * A real signed log for tests (this module's and others'): a genesis signed
 * by a root key, key registrations, and statements, each sealed, parsed,
 * signature-checked against `ledger.signerOf` and applied to a `Ledger` —
 * the path the server and `saksi verify` take. A refused entry is not kept,
 * so the next one takes its index, as on the server.
 *
 * Keys are derived from their names (deterministic). Crypto defaults to the
 * pure @noble implementation; tests may pass node's for speed.
 */
import { SaksiError, msg } from '../errors/index.js';
import { makeValidCHasil } from '../forms/index.js';
import type { CHasil, CHasilLike, CHasilOverrides, EntryRef } from '../forms/index.js';
import { nobleCrypto, nobleEd25519Signer } from '../log/crypto-noble.js';
import type { Ed25519Signer, LogCrypto } from '../log/crypto.js';
import { encodeBase64, encodeHex, encodeUtf8 } from '../log/encoding.js';
import { hashLeaf } from '../log/hash.js';
import {
  GENESIS,
  KEY_REGISTER,
  KEY_REVOKE,
  Ledger,
  contestsHandler,
  genesisHandler,
  keyIdOf,
  keyRegisterHandler,
  keyRevokeHandler,
  parseEnvelope,
  sealStatement,
  verifyEnvelope,
} from '../statements/index.js';
import type { EntryHandler, Envelope, GenesisContest, KeyRole } from '../statements/index.js';
import { recapHandlers } from './handlers.js';
import type { ChasilImportBody } from './import.js';

/** Pilwalkot Batu 2024, pairs as KPU Sirekap numbers them. */
export const BATU: GenesisContest = {
  id: 'pilkada2024-pkwkk-3579',
  kind: 'mayor',
  region: '3579',
  name: 'Pemilihan Wali Kota dan Wakil Wali Kota Batu',
  pairs: [
    { id: '1000806', ballotNumber: 1, name: 'NUROCHMAN - HELI SUYANTO', emptyColumn: false },
    { id: '1000807', ballotNumber: 2, name: 'FIRHANDO GUMELAR - H. RUDI', emptyColumn: false },
    { id: '1000808', ballotNumber: 3, name: 'KRIS DAYANTI - KRESNA DEWANATA PHROSAKH', emptyColumn: false },
  ],
};

/** A TPS in Kelurahan Temas, Kecamatan Batu. */
export const BATU_TPS = '3579011001001';

export interface TestLogOptions {
  readonly crypto?: LogCrypto;
  readonly signer?: (seed: Uint8Array) => Ed25519Signer;
  readonly contests?: readonly GenesisContest[];
  readonly ballotReservePermille?: number;
  readonly handlers?: readonly EntryHandler[];
}

export interface TestKey {
  readonly name: string;
  readonly signer: Ed25519Signer;
  readonly keyId: string;
}

export interface LoggedEntry extends EntryRef {
  readonly type: string;
  readonly bytes: Uint8Array;
  readonly envelope: Envelope;
}

export class RecapTestLog {
  readonly crypto: LogCrypto;
  readonly ledger: Ledger;
  readonly root: TestKey;
  readonly entries: LoggedEntry[] = [];
  readonly #signer: (seed: Uint8Array) => Ed25519Signer;
  readonly #handlers: readonly EntryHandler[];

  constructor(options: TestLogOptions = {}) {
    this.crypto = options.crypto ?? nobleCrypto;
    this.#signer = options.signer ?? nobleEd25519Signer;
    this.#handlers = options.handlers ?? [
      genesisHandler,
      contestsHandler,
      keyRegisterHandler,
      keyRevokeHandler,
      ...recapHandlers,
    ];
    this.root = this.#key('root');
    this.ledger = new Ledger(this.crypto, this.root.signer.publicKey, this.#handlers);
    this.append(this.root, GENESIS, {
      election: {
        id: 'pilkada2024',
        name: 'Pemilihan Serentak 2024',
        kind: 'pilkada',
        votingDay: '2024-11-27',
        ballotReservePermille: options.ballotReservePermille ?? 25,
      },
      rootKey: encodeBase64(this.root.signer.publicKey),
      contests: options.contests ?? [BATU],
    });
  }

  /** Register a key (signed by the root). `region` 'national' or a canonical code. */
  key(name: string, role: Exclude<KeyRole, 'root'>, region: string, pair?: string): TestKey {
    const key = this.#key(name);
    this.append(this.root, KEY_REGISTER, {
      publicKey: encodeBase64(key.signer.publicKey),
      role,
      scope: pair === undefined ? { region } : { region, pair },
      name,
    });
    return key;
  }

  revoke(key: TestKey): LoggedEntry {
    return this.append(this.root, KEY_REVOKE, { keyId: key.keyId, reason: 'dicabut untuk uji' });
  }

  /** Seal and submit a statement; throws the refusal (a SaksiError) if the ledger refuses it. */
  append(key: TestKey, type: string, body: unknown): LoggedEntry {
    return this.submit(sealStatement(this.crypto, key.signer, type, body));
  }

  /** Submit entry bytes as the server would: parse, authorize, verify, apply. */
  submit(bytes: Uint8Array): LoggedEntry {
    const entry = replayOne(this.ledger, this.crypto, bytes, this.entries.length);
    this.entries.push(entry);
    return entry;
  }

  /** The refusal of a statement that must be refused. */
  refuse(key: TestKey, type: string, body: unknown): SaksiError {
    try {
      this.append(key, type, body);
    } catch (e) {
      if (e instanceof SaksiError) return e;
      throw e;
    }
    throw new Error(`expected ${type} to be refused`);
  }

  /** A fresh ledger rebuilt from the entries kept (what a verifier would compute); `lean` as the server's. */
  replay(options: { readonly lean?: boolean } = {}): Ledger {
    const ledger = new Ledger(this.crypto, this.root.signer.publicKey, this.#handlers, options);
    for (const e of this.entries) replayOne(ledger, this.crypto, e.bytes, e.index);
    return ledger;
  }

  #key(name: string): TestKey {
    const signer = this.#signer(this.crypto.sha256(encodeUtf8(`saksi-test-key\n${name}`)));
    return { name, signer, keyId: keyIdOf(this.crypto, signer.publicKey) };
  }
}

/** The entry reference (index and leaf hash) other statements cite. */
export function ref(entry: EntryRef): EntryRef {
  return { index: entry.index, hash: entry.hash };
}

/**
 * A valid C.Hasil of `contest` at `tps` (`makeValidCHasil`'s figures: 227
 * voters, 220 valid), its 220 valid votes split over the contest's pairs.
 */
export function recapForm(contest: GenesisContest, tps: string, overrides: CHasilOverrides = {}): CHasil {
  const ids = contest.pairs.map((p) => p.id);
  const split = ids.length === 3 ? [120, 70, 30] : ids.map((_, i) => share(220, ids.length, i));
  const votes = Object.fromEntries(ids.map((id, i) => [id, split[i] ?? 0]));
  return makeValidCHasil({ contestId: contest.id, tps, votes, ...overrides });
}

/** The body of a `form.chasil-import` for a (possibly partial) form, with a Sirekap-style path. */
export function importBody(form: CHasilLike, ts = '2024-11-28 10:00:00'): ChasilImportBody {
  const t = form.tps;
  const path = `hhcw/${t.slice(0, 2)}/${t.slice(0, 4)}/${t.slice(0, 6)}/${t.slice(0, 10)}/${t}.json`;
  return { contestId: form.contestId, tps: t, source: { path, ts }, form };
}

function replayOne(ledger: Ledger, crypto: LogCrypto, bytes: Uint8Array, index: number): LoggedEntry {
  const envelope = parseEnvelope(bytes);
  const publicKey = ledger.signerOf(envelope, index);
  if (!verifyEnvelope(crypto, envelope, publicKey))
    throw new SaksiError(
      'ENTRY_SIGNATURE_INVALID',
      msg('Tanda tangan entri tidak sah.', 'The entry signature does not verify.'),
      { field: 'sig' },
    );
  const hash = encodeHex(hashLeaf(crypto, bytes));
  ledger.apply(envelope, index, hash);
  return { index, hash, type: envelope.type, bytes, envelope };
}

function share(total: number, n: number, i: number): number {
  return Math.floor(total / n) + (i < total % n ? 1 : 0);
}
