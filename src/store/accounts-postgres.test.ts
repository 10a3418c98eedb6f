import { defineAccountsContract } from './accounts.contract.js';
import { openTestPostgres, postgresOrSkip } from '../../test/support/stores.js';

defineAccountsContract('PostgreSQL', async () => ((await postgresOrSkip()) ? openTestPostgres() : null));
