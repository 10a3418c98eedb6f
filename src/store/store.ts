/**
 * The storage port. Adapters (sqlite.ts, postgres.ts) differ only in how they
 * connect and in their bulk-insert limits; the repositories are written once
 * over Kysely. Guarantees every adapter MUST keep (proved by
 * store.contract.ts against both):
 * - `migrate()` is idempotent and brings an empty or older database to the newest schema;
 * - a bulk insert is all-or-nothing (one transaction) and idempotent on the primary key;
 * - reads return plain objects with numbers as JS numbers (never strings or bigint).
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { StoreDriver, Dialect } from './driver.js';

export type { StoreDriver, Dialect } from './driver.js';
import { RegionRepo } from './repos/regions.js';
import { ElectionRepo } from './repos/elections.js';
import { TpsRepo } from './repos/tps.js';
import { MetaRepo } from './repos/meta.js';
import { AuthRepos } from './repos/auth.js';
import { SupervisionRepos } from './repos/supervision/index.js';
import { RecordRepos } from './records/index.js';

export class Store {
  readonly dialect: Dialect;
  readonly db: Kysely<Database>;
  readonly meta: MetaRepo;
  readonly regions: RegionRepo;
  readonly elections: ElectionRepo;
  readonly tps: TpsRepo;
  /** Accounts, sessions, tokens, password resets and the audit trail (repos/auth.ts). */
  readonly auth: AuthRepos;
  /** Every record kind's repository, timeline and audit trail (records/, core/records). */
  readonly records: RecordRepos;
  /** Supervision's record kinds, their timeline and recaps (repos/supervision/). */
  readonly supervision: SupervisionRepos;
  private readonly driver: StoreDriver;

  constructor(driver: StoreDriver) {
    this.driver = driver;
    this.dialect = driver.dialect;
    this.db = driver.db;
    this.meta = new MetaRepo(driver);
    this.regions = new RegionRepo(driver);
    this.elections = new ElectionRepo(driver);
    this.tps = new TpsRepo(driver);
    this.auth = new AuthRepos(driver.db, driver.dialect);
    this.records = new RecordRepos(driver.db, driver.dialect, driver.maxParams);
    this.supervision = new SupervisionRepos(this.records);
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
