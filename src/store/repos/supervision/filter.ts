/** The filter every supervision list and recap shares: a region prefix and a period of local dates. */
export interface PeriodFilter {
  /** Region code prefix; null: the whole country. */
  readonly within: string | null;
  /** First and last local date, inclusive (YYYY-MM-DD). */
  readonly from?: string;
  readonly to?: string;
}

export interface PageFilter extends PeriodFilter {
  readonly limit: number;
  readonly offset?: number;
}

/** `region LIKE 'prefix%'`: codes are fixed-length per level, so a prefix is exactly "within". */
export function likePrefix(within: string): string {
  return `${within.replace(/[^0-9]/g, '')}%`;
}
