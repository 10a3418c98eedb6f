import { defineStoreContract } from './store.contract.js';
import { openTestSqlite } from '../../test/support/stores.js';

defineStoreContract('SQLite', openTestSqlite);
