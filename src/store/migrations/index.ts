/**
 * Versioned migrations, applied in name order on every start. A migration,
 * once released, is never edited: add a new one.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_accounts.js';
import * as m0003 from './0003_supervision.js';
import * as m0004 from './0004_kerawanan.js';

const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_accounts': m0002,
  '0003_supervision': m0003,
  '0004_kerawanan': m0004,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
