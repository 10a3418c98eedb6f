import { defineRecordsContract } from './records.contract.js';
import { openTestPostgres, postgresOrSkip } from '../../test/support/stores.js';

defineRecordsContract('PostgreSQL', async () => ((await postgresOrSkip()) ? openTestPostgres() : null));
