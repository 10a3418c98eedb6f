/**
 * `form.chasil-import` — a TPS record imported from KPU's Sirekap. Body:
 *
 *     { contestId, tps, source: { path, ts? }, form: CHasilLike }
 *
 * Signer: a live `importer` key covering the TPS. The rules are run but do
 * not refuse: the record is kept as published and flagged with every failed
 * rule (`flags`), rules it cannot express are `notCheckable`, nulls are
 * unknown. It counts in the tally like a form (its known numbers). Refused
 * only when the contest, region, lock or one-form-per-TPS rule fails, or a
 * count exceeds `MAX_TPS_COUNT`.
 */
import { msg } from '../errors/index.js';
import { readCHasilLike } from '../forms/chasil-like.js';
import type { CHasilLike } from '../forms/index.js';
import { ID, ShapeReader, TPS_CODE } from '../forms/shape.js';
import type { EntryHandler } from '../statements/index.js';
import { asRegion, checkForm, parsedBody, requireInContest, requireNoForm, requireOpen } from './checks.js';
import { RECAP_SIGNERS } from './signers.js';
import { recapError } from './errors.js';
import { addVersion, contestRecap } from './state.js';
import type { ImportSource } from './types.js';

export const FORM_CHASIL_IMPORT = 'form.chasil-import';

export interface ChasilImportBody {
  readonly contestId: string;
  readonly tps: string;
  readonly source: ImportSource;
  readonly form: CHasilLike;
}

const SOURCE_PATH = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** Sirekap's `ts`: "YYYY-MM-DD HH:MM:SS" (server time, WIB). */
const SIREKAP_TS = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

const bodyOf = parsedBody(parseChasilImport);

export const chasilImportHandler: EntryHandler = {
  type: FORM_CHASIL_IMPORT,
  signer(ledger, envelope, index) {
    const body = bodyOf(envelope);
    return ledger.keys.authorize(envelope.keyId, index, RECAP_SIGNERS[FORM_CHASIL_IMPORT], asRegion(body.tps))
      .publicKey;
  },
  apply(ledger, envelope, index, hash) {
    const { contestId, tps, source, form } = bodyOf(envelope);
    const cr = contestRecap(ledger, contestId);
    requireInContest(cr, tps, 'tps');
    requireOpen(cr, tps, 'tps');
    requireNoForm(cr, tps);
    const checked = checkForm(ledger, cr, form, 'form');
    addVersion(ledger, cr, tps, {
      index,
      hash,
      kind: 'import',
      keyId: envelope.keyId,
      form,
      warnings: checked.warnings,
      flags: checked.errors,
      notCheckable: checked.notCheckable,
      source,
    });
  },
};

/** Parse an import body (hostile: it carries a third party's data). */
export function parseChasilImport(input: unknown): ChasilImportBody {
  const r = new ShapeReader();
  const o = r.object(input, '$', ['contestId', 'tps', 'source', 'form']);
  const s = r.object(o.source, 'source', ['path'], ['ts']);
  const body: ChasilImportBody = {
    contestId: r.text(o.contestId, 'contestId', { max: 100, pattern: ID }),
    tps: r.text(o.tps, 'tps', { max: 13, pattern: TPS_CODE }),
    source: {
      path: r.text(s.path, 'source.path', { max: 300, pattern: SOURCE_PATH }),
      ...(s.ts === undefined ? {} : { ts: r.text(s.ts, 'source.ts', { max: 19, pattern: SIREKAP_TS }) }),
    },
    form: readCHasilLike(r, o.form, 'form'),
  };
  r.throwIfAny('IMPORT_INVALID_SHAPE', msg('Impor Sirekap', 'The Sirekap import'));
  if (body.form.contestId !== body.contestId || body.form.tps !== body.tps)
    throw recapError(
      'IMPORT_SUBJECT_MISMATCH',
      'form',
      'pemilihan atau TPS formulir tidak sama dengan yang diimpor',
      "the form's contest or TPS differs from the import's",
    );
  return body;
}
