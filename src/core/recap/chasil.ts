/**
 * `form.chasil` — a TPS's result form (Model C.Hasil-KWK) as the KPPS signs
 * it. Body: a `CHasil` (`parseCHasil`). Signer: a live `kpps` key whose scope
 * covers the TPS. Refused unless the contest is in the genesis, the TPS lies
 * in its region, no D.Hasil locks it, it has no form yet, and every
 * arithmetic rule holds with the contest's pair ids as vote keys; warnings
 * are kept with the form.
 */
import { parseCHasil } from '../forms/index.js';
import type { EntryHandler } from '../statements/index.js';
import {
  asRegion,
  checkForm,
  parsedBody,
  requireInContest,
  requireNoForm,
  requireOpen,
  requireRulesPass,
} from './checks.js';
import { RECAP_SIGNERS } from './signers.js';
import { addVersion, contestRecap } from './state.js';

export const FORM_CHASIL = 'form.chasil';

const bodyOf = parsedBody((body) => parseCHasil(body));

export const chasilHandler: EntryHandler = {
  type: FORM_CHASIL,
  signer(ledger, envelope, index) {
    const form = bodyOf(envelope);
    return ledger.keys.authorize(envelope.keyId, index, RECAP_SIGNERS[FORM_CHASIL], asRegion(form.tps))
      .publicKey;
  },
  apply(ledger, envelope, index, hash) {
    const form = bodyOf(envelope);
    const cr = contestRecap(ledger, form.contestId);
    requireInContest(cr, form.tps, 'tps');
    requireOpen(cr, form.tps, 'tps');
    requireNoForm(cr, form.tps);
    const checked = checkForm(ledger, cr, form, '$');
    requireRulesPass(checked);
    addVersion(ledger, cr, form.tps, {
      index,
      hash,
      kind: 'chasil',
      keyId: envelope.keyId,
      form,
      warnings: checked.warnings,
      flags: [],
      notCheckable: [],
    });
  },
};
