/** Every recap entry type, for the ledger's handler list (server and verifier alike). */
import type { EntryHandler } from '../statements/index.js';
import { attestationHandler } from './attestation.js';
import { chasilHandler } from './chasil.js';
import { correctionHandler } from './correction.js';
import { dhasilHandler } from './dhasil.js';
import { chasilImportHandler } from './import.js';
import { incidentHandler } from './incident.js';

export const recapHandlers: readonly EntryHandler[] = [
  chasilHandler,
  chasilImportHandler,
  attestationHandler,
  incidentHandler,
  correctionHandler,
  dhasilHandler,
];
