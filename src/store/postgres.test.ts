import { defineStoreContract } from './store.contract.js';
import { openTestPostgres, postgresOrSkip } from '../../test/support/stores.js';

defineStoreContract('PostgreSQL', async () => ((await postgresOrSkip()) ? openTestPostgres() : null));
