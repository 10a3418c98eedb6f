/**
 * A donut of the pairs' votes in their colours and ballot order, drawn by
 * ECharts (modular imports: only the pie, the tooltip and the SVG renderer).
 * Loaded lazily (see LazyPairChart): the page's table carries the same
 * figures for screen readers, so the drawing itself is hidden from them.
 */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import * as echarts from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([PieChart, TooltipComponent, SVGRenderer]);

export interface ChartSlice {
  readonly name: string;
  readonly value: number;
  readonly color: string;
}

export default function PairShareChart(props: { slices: readonly ChartSlice[]; title: string }): ReactNode {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (el.current === null) return;
    const c = echarts.init(el.current, null, { renderer: 'svg' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({
      animation: false,
      tooltip: { trigger: 'item', valueFormatter: (v: unknown) => Number(v).toLocaleString() },
      series: [
        {
          type: 'pie',
          name: props.title,
          radius: ['45%', '80%'],
          label: { show: false },
          data: props.slices.map((s) => ({ name: s.name, value: s.value, itemStyle: { color: s.color } })),
        },
      ],
    });
  }, [props.slices, props.title]);

  return <div ref={el} className="chart" aria-hidden="true" data-testid="pair-chart" />;
}
