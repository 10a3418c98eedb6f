import { describe, expect, it } from 'vitest';
import { allowedActions, checkTransition, defineMachine, isGiven, transitionOf } from './machine.js';
import type { Transition } from './machine.js';
import { machineErrors } from './errors.js';

type Doc = { readonly state: 'draft' | 'sent' | 'received' | 'lost'; readonly carrier: boolean };

const TRANSITIONS = [
  { from: ['draft'], action: 'send', to: 'sent', roles: ['kpu'], requires: ['seal'], byCarrier: false },
  {
    from: ['sent'],
    action: 'receive',
    to: 'received',
    roles: ['pps', 'kpu'],
    requires: [],
    byCarrier: false,
  },
  { from: ['sent'], action: 'lose', to: 'lost', roles: ['kpu'], requires: ['note'], byCarrier: true },
] as const;

const M = defineMachine<Doc, Doc['state'], string, (typeof TRANSITIONS)[number]>({
  states: ['draft', 'sent', 'received', 'lost'],
  transitions: TRANSITIONS,
  open: ['draft', 'sent'],
  errors: machineErrors('BOX', { id: 'Kotak', en: 'box' }),
  stateOf: (d) => d.state,
  rolesFor: (t) => t.roles,
  applies: (t, d) => !t.byCarrier || d.carrier,
});

const draft: Doc = { state: 'draft', carrier: false };

describe('record machines', () => {
  it('refuses a table that names a state it does not declare', () => {
    expect(() =>
      defineMachine<object, string, string, Transition>({
        states: ['a'],
        transitions: [{ from: ['a'], action: 'go', to: 'b', requires: [] }],
        open: [],
        errors: machineErrors('X', { id: 'X', en: 'x' }),
        stateOf: () => 'a',
        rolesFor: () => [],
      }),
    ).toThrow('unknown state b');
  });

  it('checks the role first, then the state, then the required fields', () => {
    expect(() => checkTransition(M, draft, 'send', 'pps', {})).toThrowError(
      expect.objectContaining({ code: 'BOX_ROLE_FORBIDDEN', field: 'action' }),
    );
    expect(() => checkTransition(M, draft, 'receive', 'pps', {})).toThrowError(
      expect.objectContaining({ code: 'BOX_STATE_CONFLICT' }),
    );
    expect(() => checkTransition(M, draft, 'send', 'kpu', { seal: '   ' })).toThrowError(
      expect.objectContaining({ code: 'BOX_FIELD_REQUIRED', field: 'seal' }),
    );
    expect(checkTransition(M, draft, 'send', 'kpu', { seal: 'S-1' }).to).toBe('sent');
  });

  it('offers only the actions the role may take from the state, where they apply', () => {
    const sent: Doc = { state: 'sent', carrier: false };
    expect(allowedActions(M, sent, 'kpu')).toEqual(['receive']);
    expect(allowedActions(M, { ...sent, carrier: true }, 'kpu')).toEqual(['receive', 'lose']);
    expect(allowedActions(M, sent, 'pps')).toEqual(['receive']);
    expect(allowedActions(M, { state: 'received', carrier: true }, 'kpu')).toEqual([]);
    expect(() => checkTransition(M, sent, 'lose', 'kpu', { note: 'x' })).toThrowError(
      expect.objectContaining({ code: 'BOX_STATE_CONFLICT' }),
    );
  });

  it('knows what a given field is, and has one transition per action', () => {
    expect([true, false, 0, 'a'].map((v) => isGiven({ v }, 'v'))).toEqual([true, true, true, true]);
    expect(['', '  ', null, undefined, {}].map((v) => isGiven({ v }, 'v'))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(transitionOf(M, 'lose').to).toBe('lost');
    expect(() => transitionOf(M, 'fly')).toThrow('no transition for fly');
  });
});
