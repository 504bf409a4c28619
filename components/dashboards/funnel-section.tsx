import type { Funnel } from "@/lib/domain/dashboards/rules";
import { getLocale, getT } from "@/lib/i18n/server";
import { numberCell, rateCell, textCell } from "./cells";
import { ChartFigure } from "./chart-figure";
import { SortableTable } from "./sortable-table";

const STEPS = [
  ["lookups", "stockLookups", null],
  ["ordersToHome", "ordersToHome", "orderRate"],
  ["holds", "holds", "holdRate"],
  ["sales", "sales", "saleRate"],
  ["lostSales", "lostSales", "lostRate"],
] as const;

/** Stock lookups and what came of them: a bar chart and the same figures as a table. */
export async function FunnelSection({ funnel, fileName }: { funnel: Funnel; fileName: string }) {
  const t = await getT();
  const locale = await getLocale();
  const caption = t("dashboards.funnel.title");
  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <ChartFigure
        kind="bar"
        title={t("dashboards.funnel.chart")}
        summary={t("dashboards.chartSummary", { table: caption })}
        xKey="label"
        data={STEPS.map(([k, n]) => ({ label: t(`dashboards.funnel.short.${k}`), count: funnel[n] }))}
        series={[{ key: "count", label: t("dashboards.count") }]}
      />
      <SortableTable
        caption={caption}
        fileName={fileName}
        columns={[{ label: t("dashboards.outcome") }, { label: t("dashboards.count"), numeric: true }, { label: t("dashboards.funnel.perLookup"), numeric: true }]}
        rows={STEPS.map(([k, n, r]) => ({ id: k, cells: [textCell(t(`dashboards.funnel.${k}`)), numberCell(funnel[n], locale), rateCell(r ? funnel[r] : null, locale)] }))}
      />
    </div>
  );
}
