/**
 * `saksi simulate`: a whole election for a scope, driven through the real
 * ingest path, checked against its own truth.
 *
 *  1. a fresh work directory: the store (SQLite there, or `--database-url`),
 *     the log, and the election authority's root key (the simulator plays
 *     the authority, so it makes its own);
 *  2. the contests of the scope (election.ts) and its TPS registry on the
 *     store's real desa (registry.ts);
 *  3. setup: the genesis, one KPPS key per TPS and one saksi key per pair,
 *     each `key.register` signed by the root key;
 *  4. phase 1: every TPS's C.Hasil per contest, generated (results.ts) and
 *     signed up front, then submitted with many in flight — the figure that
 *     counts (forms/s);
 *  5. phase 2: what follows the first forms — a misread form signed again
 *     correctly, corrections superseding an accepted form, saksi objections;
 *  6. the tally of every contest, read back from the system, must equal the
 *     truth: every TPS's true form except those refused for a deliberate
 *     arithmetic error; refusals must be exactly the expected ones.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeDatabase, loadConfig } from '../config/index.js';
import type { Config } from '../config/index.js';
import { SaksiError, msg } from '../core/errors/index.js';
import type { CHasil } from '../core/forms/index.js';
import { encodeBase64 } from '../core/log/encoding.js';
import { parseVerifierKey } from '../core/log/note-key.js';
import { formatDotted } from '../core/regions/index.js';
import type { RegionCode } from '../core/regions/index.js';
import type { Genesis, GenesisContest } from '../core/statements/index.js';
import { electionEntries } from '../core/statements/index.js';
import { ENTRY_HANDLERS } from '../core/verify/handlers.js';
import { nodeCrypto } from '../crypto/node.js';
import { VerifyPool } from '../crypto/verify-pool.js';
import { Ingest } from '../ingest/ingest.js';
import type { TransparencyLog } from '../log/log.js';
import { startServer } from '../app/start.js';
import { ensureRegionsLoaded } from '../services/regions/load.js';
import { openTrustedLogService } from '../services/log/open-log.js';
import { loadRootKey } from '../services/imports/offline.js';
import { initDataDir } from '../services/setup/init.js';
import { requireTrust } from '../services/setup/trust.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { SharedData, findSharedData } from '../synthetic/shared-data.js';
import { batchDriver, httpDriver, pump, relayToken } from './drivers.js';
import type { Driver, Figures, Outcome } from './drivers.js';
import { SIM_ELECTION, contestsFor } from './election.js';
import type { ContestSet, Scope, SimContest } from './election.js';
import { SILENT } from './progress.js';
import type { Progress } from './progress.js';
import { registryFor } from '../synthetic/registry.js';
import type { RegistrySource } from '../synthetic/registry.js';
import { DEFAULT_RATES, ResultModel, SCENARIOS } from '../synthetic/results.js';
import type { Scenario, ScenarioRates } from '../synthetic/results.js';
import { newSimSigner, seal, withKeyId } from '../synthetic/sign.js';
import type { SimSigner } from '../synthetic/sign.js';

export interface SimulateOptions {
  readonly scope: Scope;
  readonly via: 'batch' | 'http';
  readonly registry?: RegistrySource;
  /** Default `all`; `one` for the whole country (see election.ts). */
  readonly contests?: ContestSet;
  readonly seed?: string;
  readonly rates?: ScenarioRates;
  /** Entries per `Ingest.submit` call or per HTTP request. */
  readonly chunk?: number;
  /** Calls or requests in flight at once. */
  readonly inFlight?: number;
  /** Default: a new temporary directory, removed at the end unless `keep`. */
  readonly workDir?: string;
  readonly keep?: boolean;
  /** postgres://… (or sqlite:FILE); default SQLite in the work directory. */
  readonly databaseUrl?: string;
  readonly sharedData?: string;
  /** Simulate only the first N TPS of the registry (small runs). */
  readonly limit?: number;
  readonly progress?: Progress;
  readonly log?: (line: string) => void;
  /** For benchmarks: the in-process pipeline once open (batch only), and the phases' edges. */
  readonly probe?: Probe;
}

export type PhaseName = 'setup' | 'signing' | 'forms' | 'follow-ups';

export interface Probe {
  pipeline?(parts: {
    readonly ingest: Ingest;
    readonly pool: VerifyPool;
    readonly log: TransparencyLog;
  }): void;
  phase?(name: PhaseName, edge: 'start' | 'end'): void;
}

export interface PhaseFigures {
  readonly entries: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly accepted: number;
  readonly refused: Readonly<Record<string, number>>;
}

export interface ContestCheck {
  readonly contestId: string;
  readonly region: string;
  readonly equal: boolean;
  readonly truth: Figures;
  readonly reported: Figures;
}

export interface SimulationSummary {
  readonly scope: string;
  readonly via: 'batch' | 'http';
  readonly database: string;
  /** Where the data is; null when the temporary directory was removed. */
  readonly workDir: string | null;
  readonly sharedData: string | null;
  readonly registry: {
    readonly tps: number;
    readonly simulated: number;
    readonly sources: Readonly<Record<string, number>>;
    readonly generated: boolean;
  };
  readonly contests: number;
  readonly keys: number;
  readonly setup: PhaseFigures;
  readonly signing: { readonly entries: number; readonly seconds: number; readonly perSecond: number };
  /** The first forms: the figure that measures ingest. */
  readonly forms: PhaseFigures;
  /** Resubmissions, corrections and objections. */
  readonly followUps: PhaseFigures;
  readonly scenarios: Readonly<Record<Scenario, number>>;
  /** Outcomes that differ from what the scenario expects (at most 20). */
  readonly unexpected: readonly string[];
  readonly tally: readonly ContestCheck[];
  readonly logSize: number;
  readonly logBytes: number;
  readonly peakRssMb: number;
  /** The environment `saksi serve --data-dir <workDir>` needs for the kept data (null when removed). */
  readonly serveEnv: Readonly<Record<string, string>> | null;
  /** How to serve the kept data (null when removed). */
  readonly serve: string | null;
  /** Every tally equals its truth and every outcome is the expected one. */
  readonly ok: boolean;
}

interface Env {
  readonly store: Store;
  readonly config: Config;
  setupDriver(): Promise<Driver>;
  formsDriver(): Promise<Driver>;
  /** The log the entries went to (in this process, whichever path they took). */
  log(): TransparencyLog;
  close(): Promise<void>;
}

interface FollowUp {
  readonly scenario: Scenario;
  readonly contest: GenesisContest;
  readonly truth: CHasil;
  readonly kpps: SimSigner;
  /** Position of the first form in phase 1. */
  readonly at: number;
}

interface Truth {
  votes: Record<string, number>;
  valid: number;
  invalid: number;
  total: number;
  forms: number;
  objected: number;
  corrected: number;
}

const ROOT_KEY_NAME = 'saksi.simulate/root';

export async function simulate(o: SimulateOptions): Promise<SimulationSummary> {
  const temporary = o.workDir === undefined;
  const work = o.workDir === undefined ? mkdtempSync(join(tmpdir(), 'saksi-sim-')) : resolve(o.workDir);
  requireEmpty(work);
  try {
    return await run(o, work, temporary);
  } finally {
    if (temporary && o.keep !== true) rmSync(work, { recursive: true, force: true });
  }
}

async function run(o: SimulateOptions, work: string, temporary: boolean): Promise<SimulationSummary> {
  const log = o.log ?? (() => undefined);
  const progress = o.progress ?? SILENT;
  const seed = o.seed ?? 'saksi';
  const rates = o.rates ?? DEFAULT_RATES;
  const set = o.contests ?? 'all';
  const chunk = o.chunk ?? 256;
  const inFlight = o.inFlight ?? (o.via === 'http' ? 8 : 16);
  const shared = findSharedData(o.sharedData);
  const data = new SharedData(shared);
  const config = loadConfig(
    {},
    {
      dataDir: work,
      databaseUrl: o.databaseUrl ?? '',
      host: '127.0.0.1',
      port: 0,
      logOrigin: `saksi.simulate/${o.scope}`,
      logLevel: 'silent',
      bodyLimit: 8 * 1024 * 1024,
      // The simulation's log has no witnesses, and says so explicitly.
      witnessQuorum: 0,
    },
  );
  // The real set-up path (`saksi init --new-root`), on the fresh work directory.
  await initDataDir(config, {
    origin: config.logOrigin,
    publicUrl: 'http://127.0.0.1',
    newRoot: ROOT_KEY_NAME,
    quorum: 0,
  });
  const root = await loadRootKey(config);
  log(
    `simulate ${o.scope} via ${o.via}: ${describeDatabase(config.database)}, work directory ${work}, shared data ${shared ?? 'absent (demo contests, generated registry)'}`,
  );
  const env = o.via === 'http' ? await httpEnv(config, o.scope) : await batchEnv(config, root.vkey, o.probe);
  const edge = (name: PhaseName, e: 'start' | 'end') => o.probe?.phase?.(name, e);
  try {
    const { store } = env;
    const contests = await contestsFor(store, data, o.scope, set);
    if (contests.length === 0)
      throw new SaksiError(
        'SIMULATE_NO_CONTEST',
        msg(`Tidak ada pemilihan di ${o.scope}.`, `No contest touches ${o.scope}.`),
        { field: 'region' },
      );
    const rootSigner = withKeyId(root.signer);
    const genesis: Genesis = {
      election: { ...SIM_ELECTION },
      rootKey: encodeBase64(root.signer.publicKey),
      contests: contests.map((c) => c.genesis),
    };
    const electionEntries = sealElection(rootSigner, genesis);
    await store.elections.putElection(SIM_ELECTION, new Date());
    for (const c of contests) await store.elections.putContest(c.contest, c.pairs);
    const registry = await registryFor(store, data, o.scope, o.registry ?? 'auto', seed);
    const tpsList = o.limit === undefined ? registry.tps : registry.tps.slice(0, o.limit);
    log(
      `registry: ${registry.tps.length.toLocaleString('en-US')} TPS (${Object.entries(registry.sources)
        .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
        .join(
          ', ',
        )})${registry.generated ? '' : ' already in the store'}; simulating ${tpsList.length.toLocaleString('en-US')}; ${contests.length} contest(s) (${set})`,
    );

    // Setup: genesis and keys, signed by the root key.
    const kpps = new Map<string, SimSigner>();
    const registrations: Uint8Array[] = [];
    for (const t of tpsList) {
      const key = newSimSigner();
      kpps.set(t.code, key);
      registrations.push(
        seal(rootSigner, 'key.register', {
          publicKey: encodeBase64(key.publicKey),
          role: 'kpps',
          scope: { region: t.code },
          name: `KPPS TPS ${formatDotted(t.code)}`,
        }),
      );
    }
    // The PPK of each kecamatan: its plenary signs the corrections (core/recap/signers.ts).
    const ppk = new Map<string, SimSigner>();
    for (const kec of new Set(tpsList.map((t) => t.code.slice(0, 6)))) {
      const key = newSimSigner();
      ppk.set(kec, key);
      registrations.push(
        seal(rootSigner, 'key.register', {
          publicKey: encodeBase64(key.publicKey),
          role: 'ppk',
          scope: { region: kec },
          name: `PPK ${formatDotted(kec as RegionCode)}`,
        }),
      );
    }
    const saksi = new Map<string, SimSigner>();
    for (const c of contests) {
      for (const p of c.genesis.pairs) {
        if (p.emptyColumn) continue;
        const key = newSimSigner();
        saksi.set(`${c.genesis.id}|${p.id}`, key);
        registrations.push(
          seal(rootSigner, 'key.register', {
            publicKey: encodeBase64(key.publicKey),
            role: 'saksi',
            scope: { region: narrower(c.contest.region, o.scope), pair: p.id },
            name: `Saksi paslon ${p.ballotNumber} ${c.genesis.id}`,
          }),
        );
      }
    }
    const setupDriver = await env.setupDriver();
    edge('setup', 'start');
    const setupStart = performance.now();
    progress.start('setup: genesis and keys', registrations.length + 1);
    const setupOutcomes = [
      ...(await setupDriver.submit(electionEntries)),
      ...(await pump(setupDriver, registrations, { chunk, inFlight, onDone: (n) => progress.tick(n) })),
    ];
    progress.done();
    const setup = phase(setupOutcomes, performance.now() - setupStart);
    edge('setup', 'end');
    const badSetup = setupOutcomes.find((r) => r.status !== 'accepted');
    if (badSetup !== undefined) throw new Error(`setup entry refused: ${badSetup.code ?? badSetup.status}`);

    // Phase 1: every first form, generated and signed up front.
    const model = new ResultModel(seed, SIM_ELECTION.ballotReservePermille);
    const truth = new Map<string, Truth>(contests.map((c) => [c.genesis.id, emptyTruth(c.genesis)]));
    const scenarios = Object.fromEntries(SCENARIOS.map((s) => [s, 0])) as Record<Scenario, number>;
    const byRegion = contestsByRegion(contests);
    const entries: Uint8Array[] = [];
    const expected: Scenario[] = [];
    const followUps: FollowUp[] = [];
    edge('signing', 'start');
    const signStart = performance.now();
    progress.start('signing forms', tpsList.length);
    for (const t of tpsList) {
      const key = kpps.get(t.code) as SimSigner;
      for (const c of [
        ...(byRegion.get('national') ?? []),
        ...(byRegion.get(t.code.slice(0, 2)) ?? []),
        ...(byRegion.get(t.code.slice(0, 4)) ?? []),
      ]) {
        const form = model.truth(c, t);
        const scenario = model.scenario(c, t.code, rates);
        scenarios[scenario]++;
        if (scenario !== 'error') addTruth(truth.get(c.id) as Truth, form, scenario);
        if (scenario !== 'ok' && scenario !== 'error')
          followUps.push({ scenario, contest: c, truth: form, kpps: key, at: entries.length });
        entries.push(seal(key, 'form.chasil', model.firstForm(form, scenario)));
        expected.push(scenario);
      }
      progress.tick(1);
    }
    progress.done();
    const signSeconds = (performance.now() - signStart) / 1000;
    edge('signing', 'end');
    const driver = await env.formsDriver();
    edge('forms', 'start');
    const formsStart = performance.now();
    progress.start(`forms via ${o.via}`, entries.length);
    const outcomes = await pump(driver, entries, { chunk, inFlight, onDone: (n) => progress.tick(n) });
    progress.done();
    const forms = phase(outcomes, performance.now() - formsStart);
    edge('forms', 'end');
    const unexpected: string[] = [];
    outcomes.forEach((r, i) => {
      const refusedAsExpected = expected[i] === 'error' || expected[i] === 'misread';
      if (
        (r.status === 'refused') !== refusedAsExpected ||
        (r.status === 'refused' && !r.code?.startsWith('FORM_RULES_FAILED'))
      )
        note(unexpected, `form ${i} (${expected[i]}): ${r.status} ${r.code ?? ''}`);
    });

    // Phase 2: follow-ups of the first forms.
    const second: Uint8Array[] = [];
    for (const f of followUps) {
      const first = outcomes[f.at];
      if (f.scenario === 'misread') {
        second.push(seal(f.kpps, 'form.chasil', f.truth));
        continue;
      }
      if (first?.status !== 'accepted' || first.index === undefined || first.leafHash === undefined) continue;
      const subject = { index: first.index, hash: first.leafHash };
      if (f.scenario === 'correction')
        second.push(
          seal(ppk.get(f.truth.tps.slice(0, 6)) as SimSigner, 'form.correction', {
            supersedes: subject,
            form: f.truth,
            reason: 'Salah tulis perolehan suara pasangan calon; dibetulkan sesuai plano',
            plenary: `Rapat pleno PPK ${formatDotted(f.truth.tps.slice(0, 6) as RegionCode)}, 2024-11-29`,
          }),
        );
      else {
        const pair = model.objector(f.contest, f.truth.tps);
        const signer = saksi.get(`${f.contest.id}|${pair}`);
        if (signer === undefined) {
          note(unexpected, `no saksi key for pair ${pair} of ${f.contest.id}`);
          continue;
        }
        second.push(
          seal(signer, 'form.attestation', {
            subject,
            tps: f.truth.tps,
            contestId: f.contest.id,
            verdict: 'object',
            reason: 'Saksi keberatan: jumlah suara tidak sesuai dengan yang disaksikan',
          }),
        );
      }
    }
    edge('follow-ups', 'start');
    const followStart = performance.now();
    progress.start('follow-ups', second.length);
    const secondOutcomes = await pump(driver, second, { chunk, inFlight, onDone: (n) => progress.tick(n) });
    progress.done();
    const followUpFigures = phase(secondOutcomes, performance.now() - followStart);
    edge('follow-ups', 'end');
    secondOutcomes.forEach((r, i) => {
      if (r.status !== 'accepted') note(unexpected, `follow-up ${i}: ${r.status} ${r.code ?? ''}`);
    });

    // The tally, read back from the system, against the truth.
    const checks: ContestCheck[] = [];
    for (const c of contests) {
      const region = narrower(c.contest.region, o.scope);
      const reported = await driver.figures(c.genesis.id, region);
      const t = truth.get(c.genesis.id) as Truth;
      const want: Figures = {
        votes: t.votes,
        valid: t.valid,
        invalid: t.invalid,
        total: t.total,
        forms: t.forms,
        status: { objected: t.objected, corrected: t.corrected },
      };
      checks.push({
        contestId: c.genesis.id,
        region,
        equal: sameFigures(want, reported),
        truth: want,
        reported,
      });
    }
    // A checkpoint of the whole log, so `saksi verify` of the kept directory covers every entry.
    await env.log().publisher.publishNow();
    const summary: SimulationSummary = {
      scope: o.scope,
      via: o.via,
      database: describeDatabase(config.database),
      workDir: temporary && o.keep !== true ? null : work,
      sharedData: shared ?? null,
      registry: {
        tps: registry.tps.length,
        simulated: tpsList.length,
        sources: registry.sources,
        generated: registry.generated,
      },
      contests: contests.length,
      keys: registrations.length,
      setup,
      signing: {
        entries: entries.length,
        seconds: signSeconds,
        perSecond: entries.length / signSeconds,
      },
      forms,
      followUps: followUpFigures,
      scenarios,
      unexpected,
      tally: checks,
      logSize: env.log().size,
      logBytes: dirBytes(join(work, 'log')),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      serveEnv: temporary && o.keep !== true ? null : { SAKSI_WITNESS_QUORUM: '0' },
      serve:
        temporary && o.keep !== true
          ? null
          : `SAKSI_WITNESS_QUORUM=0 saksi serve --data-dir ${work}${
              o.databaseUrl === undefined ? '' : ` --database-url '${o.databaseUrl}'`
            }`,
      ok: unexpected.length === 0 && checks.every((c) => c.equal),
    };
    return summary;
  } finally {
    await env.close();
  }
}

/** In-process: the store, the log and an Ingest with its verify pool, as `startServer` opens them. */
async function batchEnv(config: Config, rootVkey: string, probe: Probe | undefined): Promise<Env> {
  const store = await openStore(config.database);
  const closers: Array<() => Promise<void>> = [() => store.close()];
  try {
    await ensureRegionsLoaded(store);
    const logService = await openTrustedLogService(config, await requireTrust(config));
    closers.unshift(() => logService.log.close());
    const pool = new VerifyPool();
    closers.unshift(() => pool.close());
    const ingest = await Ingest.open({
      log: logService.log,
      crypto: nodeCrypto,
      pool,
      rootKey: parseVerifierKey(nodeCrypto, rootVkey).publicKey,
      handlers: ENTRY_HANDLERS,
    });
    closers.unshift(() => ingest.drain());
    probe?.pipeline?.({ ingest, pool, log: logService.log });
    const driver = batchDriver(ingest);
    return {
      store,
      config,
      setupDriver: async () => driver,
      formsDriver: async () => driver,
      log: () => logService.log,
      close: () => closeAll(closers),
    };
  } catch (e) {
    await closeAll(closers);
    throw e;
  }
}

/** A real server on a loopback port; the simulator is its client, with relay accounts' bearer tokens. */
async function httpEnv(config: Config, scope: Scope): Promise<Env> {
  const generous = { limit: 1_000_000_000, windowMs: 60_000 };
  const server = await startServer(config, {
    security: {
      rateLimits: {
        loginPerIp: generous,
        loginPerAccount: generous,
        writePerIp: generous,
        writePerAccount: generous,
      },
    },
  });
  const base = server.address.replace('://[::1]', '://127.0.0.1');
  return {
    store: server.store,
    config,
    // The genesis is national: KPU RI relays it and the key registrations.
    setupDriver: async () => httpDriver(base, await relayToken(server.store, 'national', 'setup')),
    formsDriver: async () => httpDriver(base, await relayToken(server.store, scope, 'relay')),
    log: () => server.logService.log,
    close: () => server.close(),
  };
}

async function closeAll(closers: Array<() => Promise<void>>): Promise<void> {
  for (const close of closers) await close().catch(() => undefined);
}

/**
 * The genesis, and as many `election.contests` entries as the rest of the
 * contests need (one entry holds at most 65,535 bytes; the whole country's
 * contests are ≈ 250 KB).
 */
function sealElection(root: SimSigner, genesis: Genesis): Uint8Array[] {
  return electionEntries(genesis).map((e) => seal(root, e.type, e.body));
}

function requireEmpty(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new SaksiError(
      'SIMULATE_WORK_DIR_NOT_EMPTY',
      msg(
        `Direktori kerja ${dir} tidak kosong; simulasi butuh direktori baru.`,
        `The work directory ${dir} is not empty; a simulation needs a fresh one.`,
      ),
      { field: 'workDir' },
    );
  mkdirSync(dir, { recursive: true });
}

/** The smaller of a contest's region and the scope (the region whose tally to compare). */
function narrower(contestRegion: RegionCode | 'national', scope: Scope): RegionCode | 'national' {
  return scope !== 'national' && (contestRegion === 'national' || scope.startsWith(contestRegion))
    ? scope
    : contestRegion;
}

function contestsByRegion(contests: readonly SimContest[]): Map<string, GenesisContest[]> {
  const out = new Map<string, GenesisContest[]>();
  for (const c of contests) {
    const list = out.get(c.contest.region) ?? [];
    list.push(c.genesis);
    out.set(c.contest.region, list);
  }
  return out;
}

function emptyTruth(c: GenesisContest): Truth {
  return {
    votes: Object.fromEntries(c.pairs.map((p) => [p.id, 0])),
    valid: 0,
    invalid: 0,
    total: 0,
    forms: 0,
    objected: 0,
    corrected: 0,
  };
}

function addTruth(t: Truth, form: CHasil, scenario: Scenario): void {
  for (const [id, v] of Object.entries(form.votes)) t.votes[id] = (t.votes[id] ?? 0) + v;
  t.valid += form.valid;
  t.invalid += form.invalid;
  t.total += form.total;
  t.forms += 1;
  if (scenario === 'objection') t.objected += 1;
  if (scenario === 'correction') t.corrected += 1;
}

function sameFigures(want: Figures, got: Figures): boolean {
  const ids = new Set([...Object.keys(want.votes), ...Object.keys(got.votes)]);
  return (
    [...ids].every((id) => (want.votes[id] ?? 0) === (got.votes[id] ?? 0)) &&
    want.valid === got.valid &&
    want.invalid === got.invalid &&
    want.total === got.total &&
    want.forms === got.forms &&
    (got.status['objected'] ?? 0) === want.status['objected'] &&
    (got.status['corrected'] ?? 0) === want.status['corrected']
  );
}

function phase(outcomes: readonly Outcome[], ms: number): PhaseFigures {
  const refused: Record<string, number> = {};
  let accepted = 0;
  for (const r of outcomes) {
    if (r.status === 'accepted') accepted++;
    else {
      const code = r.status === 'duplicate' ? 'DUPLICATE' : (r.code ?? 'UNKNOWN');
      refused[code] = (refused[code] ?? 0) + 1;
    }
  }
  const seconds = ms / 1000;
  return {
    entries: outcomes.length,
    seconds,
    perSecond: seconds > 0 ? outcomes.length / seconds : 0,
    accepted,
    refused,
  };
}

function note(list: string[], line: string): void {
  if (list.length < 20) list.push(line);
  else if (list.length === 20) list.push('…');
}

/** Bytes of every file under a directory. */
export function dirBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? dirBytes(p) : s.size;
  }
  return total;
}
