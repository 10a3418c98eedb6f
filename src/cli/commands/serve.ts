import type { Command } from 'commander';
import { describeDatabase } from '../../config/index.js';
import { openStore } from '../../store/index.js';
import { buildApp } from '../../server/app.js';
import { ensureRegionsLoaded } from '../../services/regions/load.js';
import { ensureDemo } from '../../demo/load.js';
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
      .option('--demo', 'load the demo election (SAKSI_DEMO=1)'),
  ).action(
    action(async (flags: ServeFlags) => {
      const started = Date.now();
      const config = configFrom({ ...flags, demo: flags.demo === true ? true : undefined });
      const store = await openStore(config.database);
      const regions = await ensureRegionsLoaded(store);
      print(
        `saksi: regions ${regions.loaded ? 'loaded' : 'present'} from ${regions.source} in ${regions.ms} ms ` +
          `(${regions.counts.province} provinces, ${regions.counts.regency} kab/kota, ${regions.counts.district} kecamatan, ${regions.counts.village} desa/kelurahan)`,
      );
      if (config.demo) {
        const demo = await ensureDemo(store, new Date());
        print(
          `saksi: demo election ready (${demo.contests} contests, ${demo.tpsGenerated} TPS generated) in ${demo.ms} ms`,
        );
      }
      const app = await buildApp({ store, config });
      const close = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      const address = await app.listen({ port: config.port, host: config.host });
      const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
      print(
        `saksi: serving ${describeDatabase(config.database)} at ${address} (started in ${Date.now() - started} ms, RSS ${rssMb} MB)`,
      );
    }),
  );
}
