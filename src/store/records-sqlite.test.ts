import { defineRecordsContract } from './records.contract.js';
import { openTestSqlite } from '../../test/support/stores.js';

defineRecordsContract('SQLite', openTestSqlite);
