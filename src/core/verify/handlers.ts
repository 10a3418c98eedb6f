/**
 * Every entry type the log may hold, with its handler. Adding an entry type
 * is one module and one line here; the server and the verifier both read
 * this list, so they cannot disagree about what an entry means.
 */
import type { EntryHandler } from '../statements/index.js';
import {
  contestsHandler,
  genesisHandler,
  keyRegisterHandler,
  keyRevokeHandler,
} from '../statements/index.js';
import { recapHandlers } from '../recap/index.js';

export const ENTRY_HANDLERS: readonly EntryHandler[] = [
  genesisHandler,
  contestsHandler,
  keyRegisterHandler,
  keyRevokeHandler,
  ...recapHandlers,
];
