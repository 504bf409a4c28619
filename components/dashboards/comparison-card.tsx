import type { Comparison } from "@/lib/domain/dashboards/rules";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDelta, formatRate } from "./cells";

/** One figure for the period, and how it compares with the period before (when there is one). */
export async function FigureCard({ label, value, comparison }: { label: string; value?: string; comparison?: Comparison }) {
  const t = await getT();
  const locale = await getLocale();
  const fmt = (n: number) => new Intl.NumberFormat(locale).format(n);
  return (
    <div className="flex flex-col gap-1 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="figure">
      <p className="text-sm font-semibold text-slate-700">{label}</p>
      <p className="text-3xl font-bold tabular-nums">{comparison ? fmt(comparison.current) : value}</p>
      {comparison ? (
        <p className="text-sm text-slate-700">
          {comparison.pct == null
            ? t("dashboards.vsPrevious", { delta: formatDelta(comparison.delta, locale), previous: fmt(comparison.previous) })
            : t("dashboards.vsPreviousPct", { delta: formatDelta(comparison.delta, locale), pct: formatRate(Math.abs(comparison.pct), locale), previous: fmt(comparison.previous) })}
        </p>
      ) : null}
    </div>
  );
}

export function FigureRow({ children }: { children: React.ReactNode }) {
  return <div className="grid grid-cols-2 gap-4 md:grid-cols-4">{children}</div>;
}
