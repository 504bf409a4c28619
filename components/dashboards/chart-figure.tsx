"use client";

import { useId } from "react";
import dynamic from "next/dynamic";

/** `tone` picks a palette colour other than the series' position (dropped runs in the warning tone, say). */
export type ChartSeries = { key: string; label: string; tone?: number };
/** line: a trend; bar: a few categories side by side; rows: many long-named categories, parts stacked. */
export type ChartKind = "line" | "bar" | "rows";
type Props = {
  kind: ChartKind;
  title: string;
  /** Says where the same figures are as a table: the chart itself is a picture to screen readers. */
  summary: string;
  data: Record<string, string | number>[];
  xKey: string;
  series: ChartSeries[];
};

// recharts is the biggest thing on these screens: it loads after the figures (the tables carry the same numbers).
const ChartPlot = dynamic(() => import("./chart-plot").then((m) => m.ChartPlot), { ssr: false });

/** A trend (line) or comparison (bar) with an accessible name and a pointer to its table alternative. */
export function ChartFigure({ kind, title, summary, data, xKey, series }: Props) {
  const titleId = useId();
  const descId = useId();
  return (
    <figure className="flex min-w-0 flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <figcaption id={titleId} className="text-lg font-semibold">
        {title}
      </figcaption>
      <div role="img" aria-labelledby={titleId} aria-describedby={descId} className={kind === "rows" ? "w-full" : "h-64 w-full"} style={kind === "rows" ? { height: 72 + 34 * data.length } : undefined}>
        <ChartPlot kind={kind} data={data} xKey={xKey} series={series} />
      </div>
      <p id={descId} className="text-sm text-slate-700">
        {summary}
      </p>
    </figure>
  );
}
