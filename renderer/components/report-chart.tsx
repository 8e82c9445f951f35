import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  key: string;
  name: string;
  color: string;
}

export type ChartRow = { label: string } & Record<string, string | number>;

export interface ReportChartProps {
  /** Read by screen readers as the chart's name; the table beside it carries the numbers. */
  title: string;
  description: string;
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  /** The values are raw (minor units, minutes): this writes them for axes and tooltips. */
  format: (value: number) => string;
  /** Shorter text for the value axis's ticks ("$120K"); `format` when not given. */
  axisFormat?: (value: number) => string;
  stacked?: boolean;
  /** Bars across, labels down the side: for long names (items, staff). */
  horizontal?: boolean;
  testId: string;
}

/**
 * A bar chart of one report (recharts). Colours are literal: SVG fill
 * attributes do not read CSS variables. The keyboard and screen-reader layer
 * of recharts is on; the figure's caption names it.
 */
export function ReportChart({ title, description, rows, series, format, axisFormat = format, stacked, horizontal, testId }: ReportChartProps) {
  const height = horizontal ? Math.max(220, rows.length * 34 + 60) : 300;
  const valueAxis = { tickFormatter: (v: number) => axisFormat(v), width: horizontal ? undefined : 72 };
  return (
    <figure className="report-figure" data-testid={testId}>
      <figcaption className="report-figure-title">{title}</figcaption>
      <BarChart
        responsive
        style={{ width: '100%', height }}
        data={rows as ChartRow[]}
        layout={horizontal ? 'vertical' : 'horizontal'}
        title={title}
        desc={description}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" {...valueAxis} />
            <YAxis type="category" dataKey="label" width={150} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" />
            <YAxis {...valueAxis} />
          </>
        )}
        <Tooltip formatter={(v) => (typeof v === 'number' ? format(v) : String(v))} />
        {series.length > 1 && <Legend />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} {...(stacked ? { stackId: 'a' } : {})} />
        ))}
      </BarChart>
    </figure>
  );
}
