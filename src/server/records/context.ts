/** How a record route names its region and decides who sees personal fields. */
import type { FastifyRequest } from 'fastify';
import { parseScope } from '../../core/auth/index.js';
import type { Scope } from '../../core/auth/index.js';
import type { RecordKind } from '../../core/records/index.js';
import { POLICIES, decide } from '../policies/index.js';
import type { Action } from '../policies/index.js';
import { principalOf } from '../security/index.js';

/** The region a query names, or the caller's own scope. */
export function regionOrOwn(req: FastifyRequest, region: string | undefined): Scope {
  return region === undefined ? principalOf(req).scope : parseScope(region, 'region');
}

/** A policy action a kind names, checked against the table at start-up. */
export function policyAction(name: string): Action {
  if (!(name in POLICIES)) throw new Error(`no policy for action ${name}`);
  return name as Action;
}

/** Whether the caller may see the kind's personal fields for a record in `region`. */
export function mayReadPersonal(
  req: FastifyRequest,
  kind: RecordKind<object>,
  region: string,
  demo: boolean,
): boolean {
  const name = kind.actions.personal;
  if (name === undefined) return false;
  const action = policyAction(name);
  return decide(action, POLICIES[action], principalOf(req), { region: region as Scope }, { demo }) === null;
}
