import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../regions/index.js';
import { CASE_TRANSITIONS, allowedActions } from './case-machine.js';
import type { CaseAction, CaseState } from './case-machine.js';
import { DEFAULT_DEADLINES } from './deadlines.js';
import { DISPUTE_TRANSITIONS } from './dispute-machine.js';
import type { DisputeAction, DisputeKind, DisputeState } from './dispute-machine.js';
import { applyCaseTransition, applyDisputeTransition } from './transition.js';
import type { CaseSnapshot, TransitionInput } from './transition.js';

const FULL: TransitionInput = {
  formalMet: true,
  materialMet: true,
  registerNumber: '001/Reg/LP/PB/Kab/14.10/XI/2024',
  reasons: 'Tidak memenuhi syarat materiel',
  note: 'Hasil kajian',
  agency: 'BKN',
};

const start: CaseSnapshot = {
  state: 'received',
  origin: 'report',
  region: '3325' as RegionCode,
  electionKind: 'pilkada',
  knownOn: '2024-11-01',
  receivedAt: '2024-11-02T03:00:00.000Z',
  extended: false,
  requirementsMet: null,
};

/** Walk a case through actions; returns the states visited. */
function walk(actions: CaseAction[], role = 'bawaslu-kabkota'): CaseState[] {
  let c: CaseSnapshot = start;
  const seen: CaseState[] = [];
  for (const a of actions) {
    const ch = applyCaseTransition(c, a, role, FULL, DEFAULT_DEADLINES);
    c = {
      ...c,
      state: ch.state,
      requirementsMet: ch.requirementsMet ?? c.requirementsMet,
      extended: ch.extended ?? c.extended,
    };
    seen.push(ch.state);
  }
  return seen;
}

describe('violation case transitions', () => {
  const decided = ['check', 'register', 'study'] as const;
  it.each([
    [[...decided, 'recommend-kpu', 'follow-up', 'close'], 'closed'],
    [[...decided, 'forward-gakkumdu', 'follow-up', 'close'], 'closed'],
    [[...decided, 'forward-dkpp', 'follow-up'], 'followed-up'],
    [
      [...decided, 'request-information', 'information-received', 'forward-agency', 'follow-up'],
      'followed-up',
    ],
    [[...decided, 'stop', 'close'], 'closed'],
    [['check', 'not-register', 'close'], 'closed'],
  ] as Array<[CaseAction[], CaseState]>)('walks %j to %s', (actions, end) => {
    expect(walk(actions).at(-1)).toBe(end);
  });

  it('exercises every transition of the table in the walks above', () => {
    const used = new Set([
      'check',
      'register',
      'study',
      'recommend-kpu',
      'follow-up',
      'close',
      'forward-gakkumdu',
      'forward-dkpp',
      'request-information',
      'information-received',
      'forward-agency',
      'stop',
      'not-register',
    ]);
    expect(CASE_TRANSITIONS.map((t) => t.action).filter((a) => !used.has(a))).toEqual([]);
  });

  it('records the outcome of each decision', () => {
    const c = { ...start, state: 'study' as const };
    expect(applyCaseTransition(c, 'forward-agency', 'bawaslu-ri', FULL, DEFAULT_DEADLINES)).toMatchObject({
      state: 'forwarded-agency',
      outcome: 'other-law',
      agency: 'BKN',
    });
    expect(applyCaseTransition(c, 'stop', 'bawaslu-provinsi', FULL, DEFAULT_DEADLINES).outcome).toBe(
      'not-violation',
    );
  });

  it('refuses every action from a state it does not leave from', () => {
    for (const t of CASE_TRANSITIONS)
      for (const state of [
        'received',
        'checked',
        'registered',
        'study',
        'stopped',
        'closed',
      ] as CaseState[]) {
        if (t.from.includes(state)) continue;
        expect(() =>
          applyCaseTransition(
            { ...start, state, requirementsMet: true },
            t.action,
            'bawaslu-ri',
            FULL,
            DEFAULT_DEADLINES,
          ),
        ).toThrowError(expect.objectContaining({ code: 'CASE_STATE_CONFLICT', field: 'action' }));
      }
  });

  it('refuses roles the table does not list: PTPS/PKD never, Panwascam not for decisions', () => {
    expect(() => walk(['check'], 'ptps')).toThrowError(
      expect.objectContaining({ code: 'CASE_ROLE_FORBIDDEN' }),
    );
    expect(() => walk(['check'], 'kpu-kabkota')).toThrowError(
      expect.objectContaining({ code: 'CASE_ROLE_FORBIDDEN' }),
    );
    expect(walk(['check', 'register', 'study'], 'panwascam').at(-1)).toBe('study');
    expect(() => walk(['check', 'register', 'study', 'recommend-kpu'], 'panwascam')).toThrowError(
      expect.objectContaining({ code: 'CASE_ROLE_FORBIDDEN' }),
    );
    expect(allowedActions('study', 'panwascam')).toEqual(['request-information']);
    expect(allowedActions('study', 'pkd')).toEqual([]);
  });

  it('needs the required fields, met requirements to register, and allows one extension', () => {
    expect(() =>
      applyCaseTransition(
        { ...start, state: 'checked', requirementsMet: true },
        'register',
        'bawaslu-ri',
        { registerNumber: '  ' },
        DEFAULT_DEADLINES,
      ),
    ).toThrowError(expect.objectContaining({ code: 'CASE_FIELD_REQUIRED', field: 'registerNumber' }));
    expect(() =>
      applyCaseTransition(
        { ...start, state: 'checked', requirementsMet: false },
        'register',
        'bawaslu-ri',
        FULL,
        DEFAULT_DEADLINES,
      ),
    ).toThrowError(expect.objectContaining({ code: 'CASE_REQUIREMENTS_UNMET' }));
    const c = { ...start, state: 'study' as const };
    const ext = applyCaseTransition(c, 'request-information', 'bawaslu-ri', FULL, DEFAULT_DEADLINES);
    expect(ext).toMatchObject({ extended: true, dueAt: '2024-11-07T17:00:00.000Z' });
    expect(() =>
      applyCaseTransition(
        { ...c, extended: true },
        'request-information',
        'bawaslu-ri',
        FULL,
        DEFAULT_DEADLINES,
      ),
    ).toThrowError(expect.objectContaining({ code: 'CASE_EXTENSION_CONFLICT' }));
  });
});

describe('dispute transitions', () => {
  function run(kind: DisputeKind, actions: DisputeAction[], role = 'bawaslu-kabkota'): DisputeState {
    let d = { kind, state: 'received' as DisputeState };
    for (const a of actions) d = { kind, state: applyDisputeTransition(d, a, role, FULL).state };
    return d.state;
  }
  it('walks every path of both kinds', () => {
    expect(run('psap', ['settle-fast'], 'panwascam')).toBe('settled');
    expect(run('psap', ['register', 'mediate', 'agree'])).toBe('settled');
    expect(run('kpu-decision', ['register', 'mediate', 'no-agreement', 'decide'])).toBe('decided');
    expect(run('kpu-decision', ['not-register'])).toBe('not-registered');
    expect(run('psap', ['register', 'mediate', 'withdraw'])).toBe('withdrawn');
    const used = new Set([
      'settle-fast',
      'register',
      'mediate',
      'agree',
      'no-agreement',
      'decide',
      'not-register',
      'withdraw',
    ]);
    expect(DISPUTE_TRANSITIONS.filter((t) => !used.has(t.action))).toEqual([]);
  });
  it('refuses the fast track against KPU, Panwascam on KPU disputes, and wrong states', () => {
    expect(() => run('kpu-decision', ['settle-fast'])).toThrowError(
      expect.objectContaining({ code: 'DISPUTE_STATE_CONFLICT' }),
    );
    expect(() => run('kpu-decision', ['register'], 'panwascam')).toThrowError(
      expect.objectContaining({ code: 'CASE_ROLE_FORBIDDEN' }),
    );
    expect(() => run('psap', ['decide'])).toThrowError(
      expect.objectContaining({ code: 'DISPUTE_STATE_CONFLICT' }),
    );
    expect(() => run('psap', ['register', 'mediate', 'agree', 'withdraw'])).toThrowError(
      expect.objectContaining({ code: 'DISPUTE_STATE_CONFLICT' }),
    );
  });
});
