/** The answers the officer console reads, as zod schemas; the web derives its types from them. */
export { Account, SessionAccount, SessionResult } from './session.js';
export { KeyAnswer, ReceiptAnswer, RegisteredKey } from './log.js';
export { RecapAnswer, RecapChild, RecapIssue, RecapView } from './recaps.js';
