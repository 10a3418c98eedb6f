import { defineSupervisionContract } from './supervision.contract.js';
import { openTestPostgres, postgresOrSkip } from '../../test/support/stores.js';

defineSupervisionContract('PostgreSQL', async () => ((await postgresOrSkip()) ? openTestPostgres() : null));
