/** The pair chart in its own chunk: the first view does not wait for ECharts. */
import { Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
import type { ChartSlice } from './PairShareChart.js';

const PairShareChart = lazy(() => import('./PairShareChart.js'));

export type { ChartSlice };

export function LazyPairChart(props: { slices: readonly ChartSlice[]; title: string }): ReactNode {
  return (
    <Suspense fallback={<div className="chart" aria-hidden="true" />}>
      <PairShareChart {...props} />
    </Suspense>
  );
}
