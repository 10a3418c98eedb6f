/**
 * `form.incident` — a special incident (kejadian khusus) at a TPS, as on
 * Model C.Kejadian Khusus dan/atau Keberatan-KWK. Body: `Incident`
 * (`parseIncident`). Signer: a live `kpps`, `saksi` (of a pair in the
 * contest) or `ptps` key covering the TPS. Allowed before any form and
 * after a lock: it records what happened, it changes no figure.
 */
import { parseIncident } from '../forms/index.js';
import type { EntryHandler } from '../statements/index.js';
import { asRegion, parsedBody, requireInContest, requirePairInContest } from './checks.js';
import { RECAP_SIGNERS } from './signers.js';
import { appended, contestRecap, ensureRecord, touch } from './state.js';

export const FORM_INCIDENT = 'form.incident';

const bodyOf = parsedBody((body) => parseIncident(body));

export const incidentHandler: EntryHandler = {
  type: FORM_INCIDENT,
  signer(ledger, envelope, index) {
    const incident = bodyOf(envelope);
    const cr = contestRecap(ledger, incident.contestId);
    const key = ledger.keys.authorize(
      envelope.keyId,
      index,
      RECAP_SIGNERS[FORM_INCIDENT],
      asRegion(incident.tps),
    );
    requirePairInContest(cr, key);
    return key.publicKey;
  },
  apply(ledger, envelope, index, hash) {
    const incident = bodyOf(envelope);
    const cr = contestRecap(ledger, incident.contestId);
    requireInContest(cr, incident.tps, 'tps');
    const record = ensureRecord(cr, incident.tps);
    record.incidents = appended(record.incidents, {
      index,
      hash,
      keyId: ledger.keys.intern(envelope.keyId),
      description: incident.description,
      at: incident.at,
    });
    touch(ledger, cr, record);
  },
};
