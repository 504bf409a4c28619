import { CONSENT_PURPOSES } from "@/lib/domain/consent/rules";
import { rate } from "@/lib/domain/dashboards/rules";
import type { OutcomesDto } from "@/lib/domain/dashboards/schemas";
import { getLocale, getT } from "@/lib/i18n/server";
import { moneyCell, numberCell, rateCell, textCell } from "./cells";
import { ChartFigure } from "./chart-figure";
import { FigureCard, FigureRow } from "./comparison-card";
import { FunnelSection } from "./funnel-section";
import { storeName, type LoadedDashboard } from "./load-dashboard";
import { SortableTable } from "./sortable-table";

/** What the tablets led to: the lookup funnel, orders by source store, holds, captures, consents, suggestions. */
export async function OutcomesView({ d, data }: { d: LoadedDashboard; data: OutcomesDto }) {
  const t = await getT();
  const locale = await getLocale();
  const file = (name: string) => `${name}-${d.range.from}-${d.range.to}`;
  const bySource = t("dashboards.outcomes.bySource");
  const purpose = (p: string) => ((CONSENT_PURPOSES as readonly string[]).includes(p) ? t(`customers.purposes.${p as (typeof CONSENT_PURPOSES)[number]}`) : p);
  const captured = data.customersCaptured.current;
  const sourceLabel = (id: number | null) => storeName(d, id) ?? t("dashboards.outcomes.noSource");
  return (
    <div className="flex flex-col gap-5">
      <FigureRow>
        <FigureCard label={t("dashboards.outcomes.orders")} comparison={data.orders} />
        <FigureCard label={t("dashboards.outcomes.captured")} comparison={data.customersCaptured} />
        <FigureCard label={t("dashboards.outcomes.conversion")} value={rateCell(data.funnel.conversionRate, locale).display} />
        <FigureCard label={t("dashboards.outcomes.lookups")} value={numberCell(data.funnel.stockLookups, locale).display} />
      </FigureRow>
      <FunnelSection funnel={data.funnel} fileName={file("funnel")} />
      <div className="grid gap-5 lg:grid-cols-2">
        {data.ordersBySourceStore.length ? (
          <ChartFigure
            kind="bar"
            title={t("dashboards.outcomes.bySourceChart")}
            summary={t("dashboards.chartSummary", { table: bySource })}
            xKey="label"
            data={data.ordersBySourceStore.map((r) => ({ label: storeName(d, r.sourceStoreId)?.split(" · ")[0] ?? t("dashboards.outcomes.noSource"), orders: r.orders }))}
            series={[{ key: "orders", label: t("dashboards.outcomes.orders") }]}
          />
        ) : null}
        <SortableTable
          caption={bySource}
          fileName={file("orders-by-source")}
          columns={[{ label: t("dashboards.outcomes.sourceStore") }, { label: t("dashboards.outcomes.orders"), numeric: true }, { label: t("dashboards.outcomes.value"), numeric: true }]}
          rows={data.ordersBySourceStore.map((r) => ({ id: String(r.sourceStoreId), cells: [textCell(sourceLabel(r.sourceStoreId)), numberCell(r.orders, locale), moneyCell(r.valueCents, locale)] }))}
        />
      </div>
      <div className="grid gap-5 lg:grid-cols-2">
        <SortableTable
          caption={t("dashboards.outcomes.holds")}
          fileName={file("holds")}
          columns={[{ label: t("dashboards.outcome") }, { label: t("dashboards.count"), numeric: true }, { label: t("dashboards.outcomes.shareOfHolds"), numeric: true }]}
          rows={(["placed", "converted", "expired"] as const).map((k) => ({
            id: k,
            cells: [textCell(t(`dashboards.outcomes.hold.${k}`)), numberCell(data.holds[k], locale), rateCell(rate(data.holds[k], data.holds.placed), locale)],
          }))}
        />
        <SortableTable
          caption={t("dashboards.outcomes.suggestions")}
          fileName={file("suggestions")}
          columns={[{ label: t("dashboards.outcome") }, { label: t("dashboards.count"), numeric: true }, { label: t("dashboards.outcomes.shareOfShown"), numeric: true }]}
          rows={(["shown", "opened", "taken"] as const).map((k) => ({
            id: k,
            cells: [textCell(t(`dashboards.outcomes.suggestion.${k}`)), numberCell(data.suggestions[k], locale), rateCell(rate(data.suggestions[k], data.suggestions.shown), locale)],
          }))}
        />
      </div>
      <SortableTable
        caption={t("dashboards.outcomes.consents")}
        note={t("dashboards.outcomes.consentNote")}
        fileName={file("consents")}
        columns={[
          { label: t("dashboards.outcomes.purpose") },
          { label: t("dashboards.outcomes.granted"), numeric: true },
          { label: t("dashboards.outcomes.withdrawn"), numeric: true },
          { label: t("dashboards.outcomes.grantRate"), numeric: true },
        ]}
        rows={data.consentGrants.map((c) => ({
          id: c.purpose,
          cells: [textCell(purpose(c.purpose)), numberCell(c.granted, locale), numberCell(c.withdrawn, locale), rateCell(rate(c.granted, captured), locale)],
        }))}
      />
    </div>
  );
}
