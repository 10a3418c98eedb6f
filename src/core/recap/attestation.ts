/**
 * `form.attestation` — a saksi or the PTPS agrees with, or objects to, one
 * logged form entry of a TPS. Body: `Attestation` (`parseAttestation`;
 * an objection needs a reason). Signer: a live `saksi` key covering the TPS
 * whose pair runs in the contest, or a `ptps` key covering the TPS. The
 * subject must be a form entry (C.Hasil, import or correction) of that TPS
 * and contest with exactly that leaf hash; one attestation per key and
 * subject. Allowed after a lock: it records a view, it changes no figure.
 */
import type { SaksiError } from '../errors/index.js';
import { parseAttestation } from '../forms/index.js';
import type { EntryHandler } from '../statements/index.js';
import { asRegion, parsedBody, requirePairInContest } from './checks.js';
import { recapError } from './errors.js';
import { appended, contestRecap, touch } from './state.js';
import type { TpsRecord } from './types.js';

export const FORM_ATTESTATION = 'form.attestation';

const bodyOf = parsedBody((body) => parseAttestation(body));

export const attestationHandler: EntryHandler = {
  type: FORM_ATTESTATION,
  signer(ledger, envelope, index) {
    const a = bodyOf(envelope);
    const cr = contestRecap(ledger, a.contestId);
    const key = ledger.keys.authorize(envelope.keyId, index, ['saksi', 'ptps'], asRegion(a.tps));
    requirePairInContest(cr, key);
    return key.publicKey;
  },
  apply(ledger, envelope, index, hash) {
    const a = bodyOf(envelope);
    const cr = contestRecap(ledger, a.contestId);
    const record = cr.records.get(a.tps);
    if (record === undefined) throw unknownSubject(a.subject.index);
    requireSubject(record, a.subject.index, a.subject.hash);
    if (record.attestations.some((x) => x.keyId === envelope.keyId && x.subject.index === a.subject.index))
      throw recapError(
        'ATTESTATION_ALREADY_RECORDED',
        'subject',
        `kunci ini sudah memberi kesaksian atas entri ${a.subject.index}`,
        `this key already attested entry ${a.subject.index}`,
      );
    const key = ledger.keys.get(envelope.keyId);
    const role = key?.role === 'saksi' ? 'saksi' : 'ptps';
    record.attestations = appended(record.attestations, {
      index,
      hash,
      keyId: ledger.keys.intern(envelope.keyId),
      role,
      ...(role === 'saksi' && key?.scope.pair !== undefined ? { pair: key.scope.pair } : {}),
      subject: a.subject,
      verdict: a.verdict,
      ...(a.reason === undefined ? {} : { reason: a.reason }),
    });
    touch(ledger, cr, record);
  },
};

/** The form entry attested is in this TPS's history, with this leaf hash. */
function requireSubject(record: TpsRecord, index: number, hash: string): void {
  const entry = record.history.find((h) => h.index === index);
  if (entry === undefined) throw unknownSubject(index);
  if (entry.hash !== hash)
    throw recapError(
      'ATTESTATION_SUBJECT_HASH_MISMATCH',
      'subject.hash',
      `hash entri ${index} adalah ${entry.hash}, bukan ${hash}`,
      `entry ${index} has leaf hash ${entry.hash}, not ${hash}`,
    );
}

function unknownSubject(index: number): SaksiError {
  return recapError(
    'ATTESTATION_SUBJECT_UNKNOWN',
    'subject.index',
    `entri ${index} bukan formulir TPS dan pemilihan ini`,
    `entry ${index} is not a form of this TPS and contest`,
  );
}
