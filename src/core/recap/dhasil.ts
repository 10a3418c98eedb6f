/**
 * `form.dhasil` — a recap form (D.Hasil) signed at a plenary: district
 * (D.Hasil Kecamatan, signer `ppk` covering it), regency or province (signer
 * `kpu` covering it), or national (`kpu` with national scope). Body: `DHasil`
 * (`parseDHasil`).
 *
 * Refused (`RECAP_RULES_FAILED`, every problem listed) unless its own
 * arithmetic holds, its vote keys are the contest's pairs, and it equals the
 * sum of its children's effective figures except where a correction recorded
 * in it covers the difference (`checkDHasilAgainstChildren`). The children
 * listed must be exactly those with data on the log (`RECAP_CHILD_MISSING`
 * for one listed without data, `RECAP_CHILD_NOT_LISTED` for one left out):
 * the TPS registry is not on the log, so a TPS that never reported cannot be
 * required. Once signed it LOCKS the region for the contest: C.Hasil,
 * imports, corrections and lower D.Hasil inside it are `RECAP_LOCKED`. A
 * correction of a D.Hasil itself is not supported yet.
 */
import { msg, problem } from '../errors/index.js';
import type { Problem } from '../errors/index.js';
import { checkDHasil, checkDHasilAgainstChildren, parseDHasil } from '../forms/index.js';
import type { DHasil } from '../forms/index.js';
import type { EntryHandler } from '../statements/index.js';
import { asRegion, parsedBody, requireInContest, requireOpen } from './checks.js';
import { childFigures } from './dhasil-children.js';
import { recapError, rulesError } from './errors.js';
import { NATIONAL, contestRecap, lock } from './state.js';
import type { ContestRecap } from './types.js';

export const FORM_DHASIL = 'form.dhasil';

const bodyOf = parsedBody((body) => parseDHasil(body));

export const dhasilHandler: EntryHandler = {
  type: FORM_DHASIL,
  signer(ledger, envelope, index) {
    const d = bodyOf(envelope);
    const role = d.level === 'district' ? 'ppk' : 'kpu';
    const region = d.level === 'national' ? NATIONAL : asRegion(d.region);
    return ledger.keys.authorize(envelope.keyId, index, [role], region).publicKey;
  },
  apply(ledger, envelope, index, hash) {
    const d = bodyOf(envelope);
    const cr = contestRecap(ledger, d.contestId);
    requireInContest(cr, d.region, 'region');
    requireFirst(cr, d);
    requireOpen(cr, d.region, 'region');
    const { figures, problems: listing } = childFigures(ledger, cr, d);
    const problems = [
      ...checkDHasil(d),
      ...pairProblems(cr, d),
      ...listing,
      ...(figures === null ? [] : checkDHasilAgainstChildren(d, figures)),
    ];
    if (problems.length > 0) throw rulesError('RECAP_RULES_FAILED', msg('D.Hasil', 'The D.Hasil'), problems);
    cr.dhasil.set(d.region, { index, hash, keyId: envelope.keyId, dhasil: d });
    lock(ledger, cr, d.region);
  },
};

/** One D.Hasil per region and contest. */
function requireFirst(cr: ContestRecap, d: DHasil): void {
  const existing = cr.dhasil.get(d.region);
  if (existing === undefined) return;
  throw recapError(
    'RECAP_ALREADY_LOCKED',
    'region',
    `${d.region} sudah punya D.Hasil (entri ${existing.index})`,
    `${d.region} already has a D.Hasil (entry ${existing.index})`,
  );
}

/** Vote keys must be exactly the contest's pairs (the kolom kosong included). */
function pairProblems(cr: ContestRecap, d: DHasil): Problem[] {
  const unknown = Object.keys(d.votes)
    .filter((k) => !cr.pairIds.includes(k))
    .map((k) =>
      problem(
        'RECAP_PAIR_UNKNOWN',
        [`votes.${k}`],
        msg(`"${k}" bukan paslon dalam pemilihan ini.`, `"${k}" is not a candidate pair in this contest.`),
      ),
    );
  const missing = cr.pairIds
    .filter((id) => !Object.hasOwn(d.votes, id))
    .map((id) =>
      problem(
        'RECAP_PAIR_MISSING',
        [`votes.${id}`],
        msg(`Suara paslon "${id}" tidak diisi.`, `The votes of pair "${id}" are missing.`),
      ),
    );
  return [...unknown, ...missing];
}
