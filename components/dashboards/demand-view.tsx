import { LOST_SALE_REASONS } from "@/lib/domain/lost-sales/schemas";
import type { DemandDto } from "@/lib/domain/dashboards/schemas";
import { getLocale, getT } from "@/lib/i18n/server";
import { numberCell, textCell } from "./cells";
import { ChartFigure } from "./chart-figure";
import type { LoadedDashboard } from "./load-dashboard";
import { SortableTable } from "./sortable-table";

/** Demand the store could not meet: lost sales by style, size and reason, and sizes ordered in from elsewhere. */
export async function DemandView({ d, data }: { d: LoadedDashboard; data: DemandDto }) {
  const t = await getT();
  const locale = await getLocale();
  const file = (name: string) => `${name}-${d.range.from}-${d.range.to}`;
  const reason = (r: string) => ((LOST_SALE_REASONS as readonly string[]).includes(r) ? t(`lostSale.reasons.${r as (typeof LOST_SALE_REASONS)[number]}`) : r);
  const lostTitle = t("dashboards.demand.lost");
  const byStyle = new Map<string, number>();
  for (const r of data.rows) byStyle.set(r.styleCode, (byStyle.get(r.styleCode) ?? 0) + r.lostSales);
  const top = [...byStyle].sort((a, b) => b[1] - a[1]).slice(0, 10);
  return (
    <div className="flex flex-col gap-5">
      {top.length ? (
        <ChartFigure
          kind="bar"
          title={t("dashboards.demand.chart")}
          summary={t("dashboards.chartSummary", { table: lostTitle })}
          xKey="label"
          data={top.map(([label, n]) => ({ label, lost: n }))}
          series={[{ key: "lost", label: t("dashboards.demand.lostSales") }]}
        />
      ) : null}
      <SortableTable
        caption={lostTitle}
        fileName={file("lost-sales")}
        emptyText={t("dashboards.demand.noLost")}
        columns={[
          { label: t("dashboards.demand.code") },
          { label: t("dashboards.demand.style") },
          { label: t("dashboards.demand.size") },
          { label: t("dashboards.demand.reason") },
          { label: t("dashboards.demand.lostSales"), numeric: true },
        ]}
        rows={data.rows.map((r) => ({
          id: `${r.styleId}|${r.size}|${r.reason}`,
          cells: [textCell(r.styleCode), textCell(r.styleName), textCell(r.size), textCell(reason(r.reason)), numberCell(r.lostSales, locale)],
        }))}
      />
      <SortableTable
        caption={t("dashboards.demand.restock")}
        note={t("dashboards.demand.restockNote")}
        fileName={file("restock")}
        emptyText={t("dashboards.demand.noRestock")}
        columns={[
          { label: t("dashboards.demand.code") },
          { label: t("dashboards.demand.style") },
          { label: t("dashboards.demand.colour") },
          { label: t("dashboards.demand.size") },
          { label: t("dashboards.outcomes.orders"), numeric: true },
          { label: t("dashboards.demand.units"), numeric: true },
        ]}
        rows={data.restock.map((r) => ({
          id: `${r.styleId}|${r.colour}|${r.size}`,
          cells: [textCell(r.styleCode), textCell(r.styleName), textCell(r.colour), textCell(r.size), numberCell(r.orders, locale), numberCell(r.units, locale)],
        }))}
      />
    </div>
  );
}
