import { defineSupervisionContract } from './supervision.contract.js';
import { openTestSqlite } from '../../test/support/stores.js';

defineSupervisionContract('SQLite', openTestSqlite);
