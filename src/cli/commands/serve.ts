import type { Command } from 'commander';
import { describeDatabase } from '../../config/index.js';
import { startServer } from '../../app/start.js';
import { startDemo } from '../../demo/start.js';
import { loadSecurityConfig } from '../../app/security-config.js';
import { printDemoAccounts } from './accounts.js';
import { action, configFrom, print, storeOptions } from '../shared.js';

interface ServeFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  demo?: boolean;
}

export function serveCommand(program: Command): void {
  storeOptions(
    program
      .command('serve')
      .description('run the Saksi server (loads the official regions on first start)')
      .option('--port <port>', 'TCP port (SAKSI_PORT, default 8080)')
      .option('--host <host>', 'address to listen on (SAKSI_HOST, default 127.0.0.1)')
      .option('--demo', 'load the demo election, with a local witness (SAKSI_DEMO=1)'),
  ).action(
    action(async (flags: ServeFlags) => {
      const started = Date.now();
      const config = configFrom({ ...flags, demo: flags.demo === true ? true : undefined });
      const options = {
        onLogError: (m: string) => process.stderr.write(`saksi: log: ${m}\n`),
        security: loadSecurityConfig(process.env, config.demo),
      };
      const demoServer = config.demo ? await startDemo(config, options) : null;
      const server = demoServer ?? (await startServer(config, options));
      const { regions, logService } = server;
      const demo = demoServer?.demo ?? null;
      print(
        `saksi: regions ${regions.loaded ? 'loaded' : 'present'} from ${regions.source} in ${regions.ms} ms ` +
          `(${regions.counts.province} provinces, ${regions.counts.regency} kab/kota, ${regions.counts.district} kecamatan, ${regions.counts.village} desa/kelurahan)`,
      );
      if (demo !== null)
        print(
          `saksi: demo election ready (${demo.contests} contests, ${demo.tpsGenerated} TPS generated) in ${demo.ms} ms`,
        );
      if (demoServer !== null) printDemoAccounts(demoServer.demoAccounts);
      if (demoServer?.demoKerawanan.created === true)
        print(
          `saksi: demo vulnerability map of Kota Batu: ${demoServer.demoKerawanan.entries} TPS assessed (generated, see /pengawasan/kerawanan)`,
        );
      if (demoServer?.demoForms?.created === true)
        print(
          `saksi: demo results signed and logged (${demoServer.demoForms.forms} forms in Kota Batu); the demo officers' signing keys are in ${demoServer.demoForms.file}`,
        );
      print(
        `saksi: log ${logService.logVkey.split('+')[0]} (${logService.log.size} entries), key ${logService.logVkey}`,
      );
      print(
        `saksi: witnesses ${logService.witnesses.map((w) => `${w.name} ${w.url}`).join(', ') || 'none'}; trust policy in ${logService.policyFile}`,
      );
      const close = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
      print(
        `saksi: serving ${describeDatabase(config.database)} at ${server.address} (started in ${Date.now() - started} ms, RSS ${rssMb} MB)`,
      );
    }),
  );
}
