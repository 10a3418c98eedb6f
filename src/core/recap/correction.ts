/**
 * `form.correction` — a correction (pembetulan) that supersedes a TPS's
 * effective form without overwriting it. Body: `Correction { supersedes:
 * {index, hash}, form, reason, plenary }` (`parseCorrection`). Signer: a
 * live `ppk` or `kpu` key covering the TPS (RECAP_SIGNERS): corrections are
 * made at the plenary, not by the TPS's own KPPS once its form is in.
 *
 * The superseded entry must be the TPS's CURRENT effective form (C.Hasil,
 * import or an earlier correction) with that leaf hash: a correction of an
 * older version is `CORRECTION_STALE`, so no old statement can be replayed
 * back into effect. The new form must pass every error rule; it becomes the
 * effective form and the history keeps every version with reason and plenary.
 */
import { parseCorrection } from '../forms/index.js';
import type { EntryHandler } from '../statements/index.js';
import {
  asRegion,
  checkForm,
  parsedBody,
  requireInContest,
  requireOpen,
  requireRulesPass,
} from './checks.js';
import { recapError } from './errors.js';
import { RECAP_SIGNERS } from './signers.js';
import { addVersion, contestRecap } from './state.js';
import type { TpsRecord } from './types.js';

export const FORM_CORRECTION = 'form.correction';

const bodyOf = parsedBody((body) => parseCorrection(body));

export const correctionHandler: EntryHandler = {
  type: FORM_CORRECTION,
  signer(ledger, envelope, index) {
    const c = bodyOf(envelope);
    if (ledger.keys.get(envelope.keyId)?.role === 'kpps')
      throw recapError(
        'CORRECTION_NOT_PLENARY',
        'keyId',
        'pembetulan formulir yang sudah masuk dibuat di rapat pleno (PPK ke atas), bukan oleh KPPS',
        'a form already in the log is corrected at the plenary (PPK and above), not by the KPPS',
      );
    return ledger.keys.authorize(envelope.keyId, index, RECAP_SIGNERS[FORM_CORRECTION], asRegion(c.form.tps))
      .publicKey;
  },
  apply(ledger, envelope, index, hash) {
    const c = bodyOf(envelope);
    const { form } = c;
    const cr = contestRecap(ledger, form.contestId, 'form.contestId');
    requireInContest(cr, form.tps, 'form.tps');
    requireOpen(cr, form.tps, 'form.tps');
    requireCurrent(cr.records.get(form.tps), c.supersedes.index, c.supersedes.hash);
    const checked = checkForm(ledger, cr, form, 'form');
    requireRulesPass(checked);
    addVersion(ledger, cr, form.tps, {
      index,
      hash,
      kind: 'correction',
      keyId: envelope.keyId,
      form,
      warnings: checked.warnings,
      flags: [],
      notCheckable: [],
      supersedes: c.supersedes,
      reason: c.reason,
      plenary: c.plenary,
    });
  },
};

/** The superseded entry is this TPS's effective form, with this leaf hash. */
function requireCurrent(record: TpsRecord | undefined, index: number, hash: string): void {
  const entry = record?.history.find((h) => h.index === index);
  if (entry === undefined)
    throw recapError(
      'CORRECTION_SUBJECT_UNKNOWN',
      'supersedes.index',
      `entri ${index} bukan formulir TPS dan pemilihan ini`,
      `entry ${index} is not a form of this TPS and contest`,
    );
  if (entry.hash !== hash)
    throw recapError(
      'CORRECTION_SUBJECT_HASH_MISMATCH',
      'supersedes.hash',
      `hash entri ${index} adalah ${entry.hash}, bukan ${hash}`,
      `entry ${index} has leaf hash ${entry.hash}, not ${hash}`,
    );
  const current = record?.history.at(-1);
  if (current !== undefined && current.index !== index)
    throw recapError(
      'CORRECTION_STALE',
      'supersedes.index',
      `entri ${index} sudah digantikan; formulir yang berlaku adalah entri ${current.index}`,
      `entry ${index} was already superseded; the effective form is entry ${current.index}`,
    );
}
