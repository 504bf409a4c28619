"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartKind, ChartSeries } from "./chart-figure";

// Dark enough for 3:1 against white (WCAG non-text contrast) and told apart by more than hue in the legend.
const COLOURS = ["#0b5750", "#b45309", "#1d4ed8", "#9d174d", "#4d7c0f"];
const colour = (s: ChartSeries, i: number) => COLOURS[(s.tone ?? i) % COLOURS.length];
const TICK = { fill: "#334155", fontSize: 13 };

type Props = { kind: ChartKind; data: Record<string, string | number>[]; xKey: string; series: ChartSeries[] };

/** The drawing itself (recharts), loaded apart from the figure around it. */
export function ChartPlot({ kind, data, xKey, series }: Props) {
  const common = { data, margin: { top: 8, right: 16, bottom: 8, left: 0 }, accessibilityLayer: false };
  const axes = [
    <CartesianGrid key="g" stroke="#e2e8f0" vertical={false} />,
    <XAxis key="x" dataKey={xKey} tick={TICK} interval={kind === "bar" ? 0 : "preserveStartEnd"} />,
    <YAxis key="y" allowDecimals={false} tick={TICK} width={48} />,
    <Tooltip key="t" />,
    series.length > 1 ? <Legend key="l" /> : null,
  ];
  if (kind === "rows") {
    // Many long labels (flow and step): one row each, the parts stacked, the label in full on the left.
    return (
      <ResponsiveContainer width="100%" height="100%">
        <BarChart {...common} layout="vertical">
          <CartesianGrid stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={TICK} />
          <YAxis type="category" dataKey={xKey} tick={TICK} width={260} interval={0} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="parts" fill={colour(s, i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    );
  }
  return (
    <ResponsiveContainer width="100%" height="100%">
      {kind === "line" ? (
        <LineChart {...common}>
          {axes}
          {series.map((s, i) => (
            <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={colour(s, i)} strokeWidth={3} dot={{ r: 3 }} isAnimationActive={false} />
          ))}
        </LineChart>
      ) : (
        <BarChart {...common}>
          {axes}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={colour(s, i)} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
