/**
 * `saksi serve --demo`: the production start-up (src/app) with the demo's
 * steps added — the demo election and its registry once the store is open,
 * its accounts and Kota Batu's vulnerability map; a local witness and the
 * demo root key before the log opens, the genesis after, and the demo
 * results once the ingest runs.
 */
import { startServer } from '../app/start.js';
import type { RunningServer, StartOptions } from '../app/start.js';
import type { BootState, BootStep } from '../app/boot.js';
import { required } from '../app/boot.js';
import type { Config } from '../config/index.js';
import { ensureDemoAccounts } from './accounts.js';
import type { DemoAccountsReport } from './accounts.js';
import { ensureDemoForms } from './forms.js';
import type { DemoFormsReport } from './forms.js';
import { ensureDemo } from './load.js';
import { ensureDemoKerawanan } from './kerawanan.js';
import type { DemoKerawananReport } from './kerawanan.js';
import type { DemoReport } from './load.js';
import { ensureDemoGenesis, startDemoTrust } from './log.js';
import type { DemoTrust } from './log.js';

export interface DemoRunningServer extends RunningServer {
  readonly demo: DemoReport;
  /** Demo accounts: passwords only on the start that created them. */
  readonly demoAccounts: DemoAccountsReport;
  /** Demo results and the demo officers' signing keys (on the start that made them). */
  readonly demoForms: DemoFormsReport | null;
  readonly demoKerawanan: DemoKerawananReport;
}

/** The demo's steps; `trust` is shared between the witness step and the genesis and forms steps. */
export function demoSteps(): BootStep[] {
  let trust: DemoTrust | undefined;
  const store = (s: BootState) => required(s.store, 'the store');
  return [
    {
      name: 'demo',
      phase: 'store',
      run: async (s) => void s.reports.set('demo', await ensureDemo(store(s), new Date())),
    },
    {
      name: 'demoAccounts',
      phase: 'store',
      run: async (s) =>
        void s.reports.set('demoAccounts', await ensureDemoAccounts(store(s), s.config.dataDir)),
    },
    {
      name: 'demoKerawanan',
      phase: 'store',
      run: async (s) => void s.reports.set('demoKerawanan', await ensureDemoKerawanan(store(s), new Date())),
    },
    {
      name: 'demoTrust',
      phase: 'before-log',
      run: async (s) => {
        const t = await startDemoTrust(s.config);
        trust = t;
        s.closers.unshift(() => t.witness.close());
        s.extraWitnesses.push(t.endpoint);
        s.rootVkey = t.root.vkey;
      },
    },
    {
      name: 'demoGenesis',
      phase: 'after-log',
      run: async (s) =>
        void (await ensureDemoGenesis(
          required(s.logService, 'the log').log,
          store(s),
          required(trust, 'the demo trust').root,
        )),
    },
    {
      name: 'demoForms',
      phase: 'after-ingest',
      run: async (s) => {
        const accounts = s.reports.get('demoAccounts') as DemoAccountsReport;
        const forms = await ensureDemoForms(
          required(s.ingest, 'the ingest'),
          store(s),
          required(trust, 'the demo trust').root,
          s.config.dataDir,
          accounts.credentials,
        );
        s.reports.set('demoForms', forms);
      },
    },
  ];
}

export async function startDemo(config: Config, options: StartOptions = {}): Promise<DemoRunningServer> {
  if (!config.demo) throw new Error('startDemo needs a configuration with demo: true');
  const server = await startServer(config, { ...options, steps: [...(options.steps ?? []), ...demoSteps()] });
  return {
    ...server,
    demo: server.reports.get('demo') as DemoReport,
    demoAccounts: server.reports.get('demoAccounts') as DemoAccountsReport,
    demoForms: (server.reports.get('demoForms') as DemoFormsReport | undefined) ?? null,
    demoKerawanan: server.reports.get('demoKerawanan') as DemoKerawananReport,
  };
}
