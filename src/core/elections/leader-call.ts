/**
 * When the portal may name a leading pair ("unggul sementara"): only once
 * enough of the region has reported — at least `minTpsPercent` of the TPS in
 * the registry and `minChildrenPercent` of its child regions — so that a few
 * early TPS in one city are never presented as a province's result. Pure;
 * both thresholds are configuration (SAKSI_LEADER_MIN_TPS_PERCENT,
 * SAKSI_LEADER_MIN_CHILDREN_PERCENT).
 */
export interface LeaderRule {
  readonly minTpsPercent: number;
  readonly minChildrenPercent: number;
}

export const DEFAULT_LEADER_RULE: LeaderRule = { minTpsPercent: 10, minChildrenPercent: 50 };

export interface Coverage {
  /** TPS with a form, and TPS in the registry. */
  readonly tps: { readonly reported: number; readonly total: number };
  /** Child regions with at least one form, and child regions in the registry (0 at a desa or a TPS). */
  readonly children: { readonly reported: number; readonly total: number };
}

/** Why no leader is named: too few TPS, too few child regions, or no registry to measure against. */
export type NotCalled = 'tps' | 'children' | 'no-registry';

export interface LeaderCall {
  readonly called: boolean;
  readonly notCalled: readonly NotCalled[];
  readonly coverage: Coverage;
  readonly rule: LeaderRule;
}

export function leaderCall(coverage: Coverage, rule: LeaderRule = DEFAULT_LEADER_RULE): LeaderCall {
  const notCalled: NotCalled[] = [];
  const { tps, children } = coverage;
  if (tps.total === 0) notCalled.push('no-registry');
  else if (tps.reported * 100 < rule.minTpsPercent * tps.total) notCalled.push('tps');
  if (children.total > 0 && children.reported * 100 < rule.minChildrenPercent * children.total)
    notCalled.push('children');
  return { called: notCalled.length === 0 && tps.reported > 0, notCalled, coverage, rule };
}
