import { defineAccountsContract } from './accounts.contract.js';
import { openTestSqlite } from '../../test/support/stores.js';

defineAccountsContract('SQLite', openTestSqlite);
