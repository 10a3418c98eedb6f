/**
 * Public report intake, without an account (a laporan from a voter, monitor
 * or candidate team), and tracking by code. The order makes an acknowledged
 * report durable: evidence is decoded and checked → written content-addressed
 * with fsync → the case, its first timeline event and the audit entry are
 * committed in one transaction → only then is the tracking code returned.
 */
import { CASE_KIND, newTrackingCode, parseTrackingCode } from '../../core/supervision/index.js';
import type { EvidenceRef, Reporter, StoredCase, SupervisionEvent } from '../../core/supervision/index.js';
import type { Origin } from '../accounts/index.js';
import { createRecord } from '../records/index.js';
import { newCase } from './cases.js';
import type { NewCase } from './cases.js';
import type { SupervisionDeps } from './deps.js';
import { serviceErrors } from './errors.js';
import { decodeEvidence } from './evidence.js';
import type { EvidenceUpload } from './evidence.js';

export interface PublicReport extends Omit<NewCase, 'origin' | 'reporter' | 'sourceReportId'> {
  readonly reporter: Reporter;
  readonly evidence: readonly EvidenceUpload[];
}

export async function intakeReport(
  deps: SupervisionDeps,
  origin: Origin,
  input: PublicReport,
): Promise<StoredCase> {
  const decoded = decodeEvidence(input.evidence);
  if (decoded.length > 0 && deps.evidence === null) throw serviceErrors.evidenceUnavailable();
  const draft = await newCase(
    deps,
    origin,
    { ...input, origin: 'report' },
    newTrackingCode(deps.randomBytes),
    [],
  );
  const evidence: EvidenceRef[] = [];
  for (const e of decoded) {
    const sha256 = await (deps.evidence as NonNullable<typeof deps.evidence>).put(e.bytes);
    if (!evidence.some((x) => x.sha256 === sha256))
      evidence.push({ sha256, size: e.bytes.length, mediaType: e.mediaType });
  }
  const c: StoredCase = { ...draft, evidence };
  return createRecord(deps, CASE_KIND, origin, c, { auditAction: 'supervision.intake', actorRole: 'public' });
}

/** A case and its timeline, found by the code the reporter holds. */
export async function trackReport(
  deps: SupervisionDeps,
  code: string,
): Promise<{ readonly c: StoredCase; readonly timeline: SupervisionEvent[] }> {
  const c = await deps.store.supervision.cases.findBy('trackingCode', parseTrackingCode(code));
  if (c === undefined) throw serviceErrors.trackingNotFound();
  return { c, timeline: await deps.store.supervision.events.list(c.id) };
}
