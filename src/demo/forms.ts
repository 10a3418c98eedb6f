/**
 * Demo results, so a fresh `npm start` shows a count in progress: Kota
 * Batu's TPS report both contests (Jawa Timur's governor and Batu's mayor),
 * except the demo KPPS's own TPS (left for the officer console) and one TPS
 * in twenty (still counting). A few saksi and PTPS attest, one saksi
 * objects, one form is corrected at the PPK plenary. Every entry is signed
 * and goes through the real ingest, like any officer's.
 *
 * The demo officers' signing keys (C2SP signed-note skeys, which the console
 * imports) are written once to DATA_DIR/demo-keys.json (mode 0600), as the
 * demo passwords are. A real KPPS receives its key from the KPU kab/kota.
 * Idempotent: once that file exists, nothing happens.
 */
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CHasil } from '../core/forms/index.js';
import { encodeBase64 } from '../core/log/encoding.js';
import { noteKeyPair } from '../core/log/note-key.js';
import { formatDotted } from '../core/regions/index.js';
import type { RegionCode } from '../core/regions/index.js';
import { genesisOf } from '../core/statements/index.js';
import type { GenesisContest, KeyRole, KeyScope } from '../core/statements/index.js';
import { newSeed, nodeCrypto, nodeSigner } from '../crypto/node.js';
import type { Ingest, SubmitResult } from '../ingest/ingest.js';
import type { LoadedKey } from '../log/key-file.js';
import { tpsInScope } from '../synthetic/registry.js';
import { ResultModel } from '../synthetic/results.js';
import { newSimSigner, seal, withKeyId } from '../synthetic/sign.js';
import type { SimSigner } from '../synthetic/sign.js';
import type { Store } from '../store/index.js';
import type { DemoCredential } from './accounts.js';
import { DEMO_ELECTION } from '../synthetic/seed.js';

export const DEMO_KEYS_FILE = 'demo-keys.json';
const REGENCY = '3579';

/** A demo officer's signing key, for the console to import. */
export interface DemoKey {
  readonly username: string;
  readonly role: KeyRole;
  readonly scope: KeyScope;
  readonly keyId: string;
  /** C2SP signed-note private key: PRIVATE+KEY+<name>+<id>+<base64>. */
  readonly skey: string;
}

export interface DemoFormsReport {
  readonly created: boolean;
  readonly file: string;
  readonly forms: number;
  readonly keys: readonly DemoKey[];
}

export async function ensureDemoForms(
  ingest: Ingest,
  store: Store,
  root: LoadedKey,
  dataDir: string,
  accounts: readonly DemoCredential[],
): Promise<DemoFormsReport> {
  const file = join(dataDir, DEMO_KEYS_FILE);
  if (existsSync(file) || accounts.length === 0) return { created: false, file, forms: 0, keys: [] };
  const genesis = genesisOf(ingest.ledger);
  if (genesis === undefined) return { created: false, file, forms: 0, keys: [] };
  const contests = genesis.contests.filter((c) => c.region === '35' || c.region === REGENCY);
  const rootSigner = withKeyId(root.signer);
  const submit = async (entries: Uint8Array[]): Promise<SubmitResult[]> => {
    const results = await ingest.submit(entries);
    const refused = results.find((r) => r.status === 'refused');
    if (refused?.status === 'refused') throw refused.error;
    return results;
  };

  // The demo officers' own keys, registered by the root.
  const officers = officerPlan(accounts, contests);
  const keys: DemoKey[] = [];
  const registrations: Uint8Array[] = [];
  for (const o of officers) {
    const seed = newSeed();
    const signer = withKeyId(nodeSigner(seed));
    const name = `${o.username}.saksi-demo`;
    keys.push({
      username: o.username,
      role: o.role,
      scope: o.scope,
      keyId: signer.keyId,
      skey: noteKeyPair(nodeCrypto, name, seed, signer.publicKey).skey,
    });
    registrations.push(register(rootSigner, signer, o.role, o.scope, `Demo ${o.username}`));
  }

  // KPPS of the reporting TPS, and a saksi of every pair over the city.
  const own = accounts.find((a) => a.role === 'kpps')?.scope;
  const all = await tpsInScope(store, REGENCY as RegionCode);
  const reporting = all.filter((t, i) => t.code !== own && i % 20 !== 7);
  const kpps = new Map<string, SimSigner>();
  for (const t of reporting) {
    const k = newSimSigner();
    kpps.set(t.code, k);
    registrations.push(
      register(rootSigner, k, 'kpps', { region: t.code }, `KPPS TPS ${formatDotted(t.code)}`),
    );
  }
  // The PPK of each kecamatan: its plenary signs corrections (core/recap/signers.ts).
  const ppk = new Map<string, SimSigner>();
  for (const kec of new Set(reporting.map((t) => t.code.slice(0, 6)))) {
    const k = newSimSigner();
    ppk.set(kec, k);
    registrations.push(
      register(rootSigner, k, 'ppk', { region: kec as RegionCode }, `PPK ${formatDotted(kec as RegionCode)}`),
    );
  }
  const saksi = new Map<string, SimSigner>();
  for (const c of contests)
    for (const p of c.pairs.filter((x) => !x.emptyColumn)) {
      const k = newSimSigner();
      saksi.set(`${c.id}|${p.id}`, k);
      registrations.push(
        register(rootSigner, k, 'saksi', { region: REGENCY as RegionCode, pair: p.id }, `Saksi ${p.name}`),
      );
    }
  await submit(registrations);

  // The forms, then what follows them.
  const model = new ResultModel('saksi-demo', DEMO_ELECTION.ballotReservePermille);
  const truths: Array<{ form: CHasil; contest: GenesisContest; key: SimSigner }> = [];
  for (const t of reporting)
    for (const c of contests)
      truths.push({ form: model.truth(c, t), contest: c, key: kpps.get(t.code) as SimSigner });
  // One KPPS first miscounts by a few votes; the PPK plenary corrects it.
  const wrong = truths[3];
  const first = truths.map(({ form }, i) => (i === 3 ? miscount(form) : form));
  const results = await submit(
    first.map((form, i) => seal((truths[i] as (typeof truths)[number]).key, 'form.chasil', form)),
  );
  const follow: Uint8Array[] = [];
  if (wrong !== undefined) {
    const r = results[3];
    if (r !== undefined && r.status !== 'refused')
      follow.push(
        seal(ppk.get(wrong.form.tps.slice(0, 6)) as SimSigner, 'form.correction', {
          supersedes: { index: r.index, hash: r.leafHash },
          form: wrong.form,
          reason: 'Salah tulis perolehan suara; dibetulkan sesuai formulir plano',
          plenary: `Rapat pleno PPK ${formatDotted(wrong.form.tps.slice(0, 6) as RegionCode)}, 2024-11-29`,
        }),
      );
  }
  results.forEach((r, i) => {
    const t = truths[i];
    if (r.status === 'refused' || t === undefined || i % 9 !== 0) return;
    const pairs = t.contest.pairs.filter((p) => !p.emptyColumn);
    const pair = pairs[(i / 9) % pairs.length];
    const signer = pair === undefined ? undefined : saksi.get(`${t.contest.id}|${pair.id}`);
    if (signer === undefined) return;
    const objects = i === 18;
    follow.push(
      seal(signer, 'form.attestation', {
        subject: { index: r.index, hash: r.leafHash },
        tps: t.form.tps,
        contestId: t.contest.id,
        verdict: objects ? 'object' : 'agree',
        ...(objects ? { reason: 'Saksi keberatan: dua surat suara sah dihitung tidak sah' } : {}),
      }),
    );
  });
  await submit(follow);
  writeSecret(file, `${JSON.stringify({ note: NOTE, keys }, null, 2)}\n`);
  return { created: true, file, forms: first.length + 1, keys };
}

const NOTE =
  'Signing keys of the demo officers of `saksi serve --demo` (import one in the officer console). Demo only: a real key never leaves its officer.';

interface OfficerPlan {
  readonly username: string;
  readonly role: KeyRole;
  readonly scope: KeyScope;
}

/** Each demo account that signs gets a key of its own role and scope. */
function officerPlan(
  accounts: readonly DemoCredential[],
  contests: readonly GenesisContest[],
): OfficerPlan[] {
  const plan: OfficerPlan[] = [];
  const mayor = contests.find((c) => c.region === REGENCY);
  for (const a of accounts) {
    if (a.scope === 'national') continue;
    const region = a.scope;
    if (a.role === 'kpps') plan.push({ username: a.username, role: 'kpps', scope: { region } });
    else if (a.role === 'ptps') plan.push({ username: a.username, role: 'ptps', scope: { region } });
    else if (a.role === 'ppk') plan.push({ username: a.username, role: 'ppk', scope: { region } });
    else if (a.role === 'kpu-kabkota') plan.push({ username: a.username, role: 'kpu', scope: { region } });
    else if (a.role === 'saksi' && a.pairId !== null && mayor !== undefined)
      plan.push({ username: a.username, role: 'saksi', scope: { region, pair: a.pairId } });
  }
  return plan;
}

function register(
  root: SimSigner,
  key: { publicKey: Uint8Array },
  role: KeyRole,
  scope: KeyScope,
  name: string,
): Uint8Array {
  return seal(root, 'key.register', { publicKey: encodeBase64(key.publicKey), role, scope, name });
}

/** The form as first (wrongly) written: three votes moved from the second pair to the first. */
function miscount(form: CHasil): CHasil {
  const [a, b] = Object.keys(form.votes);
  if (a === undefined || b === undefined) return form;
  const votes = { ...form.votes, [a]: (form.votes[a] ?? 0) + 3, [b]: (form.votes[b] ?? 0) - 3 };
  return { ...form, votes };
}

function writeSecret(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}
