/**
 * The D.Hasil a plenary signs, built from the recap inputs
 * (GET /api/recaps/:contest/:region): its figures are the sum of the
 * children's, after the corrections recorded at this plenary (each with the
 * child's old and new value and the reason). Core checks the result exactly
 * as the server will (checkDHasil, checkDHasilAgainstChildren).
 */
import {
  checkDHasil,
  checkDHasilAgainstChildren,
  parseDHasil,
  sumFigures,
} from '../../../src/core/forms/index.js';
import type { DHasil, RecapCorrection, RecapFigures } from '../../../src/core/forms/index.js';
import type { Problem } from '../../../src/core/errors/index.js';
import type { z } from 'zod';
import type { RecapView } from '../../../src/api/console/index.js';

/** The answer of GET /api/recaps/:contest/:region (src/api/console/recaps.ts). */
export type RecapViewData = z.infer<typeof RecapView>;
export type RecapChildView = RecapViewData['children'][number];
export type RecapIssueView = RecapViewData['issues'][number];

/** A child region's name and its number of TPS, shown beside its code. */
export interface ChildName {
  readonly name: string;
  readonly tps: number;
}

/** A correction as typed in: the new value and the reason; the old value comes from the child. */
export interface CorrectionDraft {
  readonly child: string;
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}

export function correctableFields(pairIds: readonly string[]): string[] {
  const triples = ['users', 'dpt'].flatMap((n) => ['male', 'female', 'total'].map((p) => `${n}.${p}`));
  return [...pairIds.map((id) => `votes.${id}`), 'valid', 'invalid', 'total', ...triples];
}

export function fieldOf(f: RecapFigures, path: string): number {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (head === 'votes') return f.votes[tail ?? ''] ?? 0;
  if (head === 'users' || head === 'dpt') return f[head][(tail ?? 'total') as 'total'];
  return f[head as 'valid' | 'invalid' | 'total'];
}

function withField(f: RecapFigures, path: string, n: number): RecapFigures {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (head === 'votes') return { ...f, votes: { ...f.votes, [tail ?? '']: n } };
  if (head === 'users' || head === 'dpt') return { ...f, [head]: { ...f[head], [tail ?? 'total']: n } };
  return { ...f, [head]: n };
}

/** The D.Hasil body for these children and corrections, with every problem core finds in it. */
export function buildDHasil(
  view: RecapViewData,
  drafts: readonly CorrectionDraft[],
  plenary: string,
): { body: DHasil; corrections: RecapCorrection[]; problems: Problem[] } {
  const current = new Map(view.children.map((c) => [c.code, c.figures]));
  const corrections: RecapCorrection[] = [];
  for (const d of drafts) {
    const figures = current.get(d.child);
    if (figures === undefined || !/^\d{1,9}$/.test(d.value.trim())) continue;
    const old = fieldOf(figures, d.field);
    const next = Number(d.value.trim());
    current.set(d.child, withField(figures, d.field, next));
    corrections.push({ child: d.child, field: d.field, old, new: next, reason: d.reason.trim(), plenary });
  }
  const body: DHasil = {
    contestId: view.contestId,
    region: view.region,
    level: view.level,
    ...sumFigures([...current.values()]),
    children: view.children.map((c) => c.code),
    corrections,
  };
  const original = Object.fromEntries(view.children.map((c) => [c.code, c.figures]));
  return {
    body,
    corrections,
    problems: [...shapeProblems(body), ...checkDHasil(body), ...checkDHasilAgainstChildren(body, original)],
  };
}

function shapeProblems(body: DHasil): Problem[] {
  try {
    parseDHasil(body);
    return [];
  } catch (e) {
    return (e as { problems?: Problem[] }).problems ?? [];
  }
}
