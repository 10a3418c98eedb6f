import { describe, expect, it } from 'vitest';
import { MAX_TEXT, parseAttestation, parseCorrection, parseIncident } from './statements.js';
import { makeValidCHasil } from './testing.js';

const hash = 'c'.repeat(64);

/** `[error code, [problem code, field]…]` of a throwing parse. */
function failure(parse: () => unknown): [string, [string, string | undefined][]] {
  try {
    parse();
  } catch (e) {
    const err = e as { code: string; problems: { code: string; fields: string[] }[] };
    return [err.code, err.problems.map((p) => [p.code, p.fields[0]])];
  }
  throw new Error('expected a failure');
}

describe('parseAttestation', () => {
  const agree = {
    subject: { index: 41, hash },
    tps: '3579011001001',
    contestId: 'pilkada2024-pkwkk-3579',
    verdict: 'agree',
  };

  it('accepts an agreement without a reason and an objection with one', () => {
    expect(parseAttestation(agree)).toEqual(agree);
    const object = { ...agree, verdict: 'object', reason: 'Suara paslon 2 tertukar dengan paslon 3.' };
    expect(parseAttestation(object)).toEqual(object);
  });

  it('requires a reason for an objection and bounds it', () => {
    expect(failure(() => parseAttestation({ ...agree, verdict: 'object' }))).toEqual([
      'ATTESTATION_INVALID_SHAPE',
      [['SHAPE_MISSING', 'reason']],
    ]);
    expect(
      failure(() => parseAttestation({ ...agree, verdict: 'object', reason: 'x'.repeat(MAX_TEXT + 1) })),
    ).toEqual(['ATTESTATION_INVALID_SHAPE', [['SHAPE_TOO_LONG', 'reason']]]);
  });

  it('checks the attested entry reference', () => {
    expect(
      failure(() => parseAttestation({ ...agree, subject: { index: -1, hash: 'zz' }, verdict: 'maybe' })),
    ).toEqual([
      'ATTESTATION_INVALID_SHAPE',
      [
        ['SHAPE_BAD_FORMAT', 'verdict'],
        ['SHAPE_NOT_COUNT', 'subject.index'],
        ['SHAPE_BAD_FORMAT', 'subject.hash'],
      ],
    ]);
  });
});

describe('parseIncident', () => {
  const incident = {
    tps: '3579011001001',
    contestId: 'pilkada2024-pkwkk-3579',
    description: 'Listrik padam pukul 13.10.',
    at: '2024-11-27T06:10:00Z',
  };

  it('accepts a bounded description with a UTC time', () => {
    expect(parseIncident(incident)).toEqual(incident);
  });

  it('refuses empty or over-long text and local times', () => {
    expect(failure(() => parseIncident({ ...incident, description: '', at: '2024-11-27 13:10' }))).toEqual([
      'INCIDENT_INVALID_SHAPE',
      [
        ['SHAPE_MISSING', 'description'],
        ['SHAPE_BAD_FORMAT', 'at'],
      ],
    ]);
    expect(failure(() => parseIncident({ ...incident, description: 'x'.repeat(2001) }))[1]).toEqual([
      ['SHAPE_TOO_LONG', 'description'],
    ]);
  });
});

describe('parseCorrection', () => {
  const correction = {
    supersedes: { index: 7, hash },
    form: makeValidCHasil(),
    reason: 'Salah tulis suara paslon 1.',
    plenary: 'PPK Batu, 2024-11-29',
  };

  it('accepts a correction with a full form', () => {
    expect(parseCorrection(JSON.parse(JSON.stringify(correction)))).toEqual(correction);
  });

  it('reports the embedded form problems under form.*', () => {
    const bad = { ...correction, form: { ...makeValidCHasil(), valid: -5 }, plenary: 'p'.repeat(301) };
    expect(failure(() => parseCorrection(bad))).toEqual([
      'CORRECTION_INVALID_SHAPE',
      [
        ['SHAPE_NOT_COUNT', 'form.valid'],
        ['SHAPE_TOO_LONG', 'plenary'],
      ],
    ]);
  });
});
