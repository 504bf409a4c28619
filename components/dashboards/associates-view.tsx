import type { AssociatesDto } from "@/lib/domain/dashboards/schemas";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatRate, numberCell, rateCell, textCell } from "./cells";
import { storeName, type LoadedDashboard } from "./load-dashboard";
import { SortableTable } from "./sortable-table";

type Associate = AssociatesDto["associates"][number];

/** The plain coaching sentences for one person, e.g. "captured a customer in 12% of conversations, store average 41%". */
export async function hintTexts(a: Associate): Promise<string[]> {
  const t = await getT();
  const locale = await getLocale();
  return a.hints.map((h) => t(`dashboards.hint.${h.key as "capture" | "conversion" | "suggestions" | "flows"}`, { rate: formatRate(h.rate, locale), storeRate: formatRate(h.storeRate, locale) }));
}

/** Each associate's figures, with where to coach them against their store. */
export async function AssociatesView({ d, data }: { d: LoadedDashboard; data: AssociatesDto }) {
  const t = await getT();
  const locale = await getLocale();
  const manyStores = new Set(data.associates.map((a) => a.storeId)).size > 1;
  const rows = await Promise.all(
    data.associates.map(async (a) => {
      const hints = (await hintTexts(a)).join("; ");
      return {
        id: a.userId,
        cells: [
          textCell(a.name),
          ...(manyStores ? [textCell(storeName(d, a.storeId))] : []),
          numberCell(a.funnel.stockLookups, locale),
          numberCell(a.funnel.ordersToHome, locale),
          numberCell(a.funnel.holds, locale),
          numberCell(a.funnel.sales, locale),
          numberCell(a.funnel.lostSales, locale),
          rateCell(a.funnel.conversionRate, locale),
          numberCell(a.customersCaptured, locale),
          numberCell(Math.round(a.minutesInUse), locale),
          { display: hints || t("dashboards.associates.noHint"), sort: hints || null },
        ],
      };
    }),
  );
  return (
    <SortableTable
      caption={t("dashboards.associates.title")}
      note={t("dashboards.associates.note")}
      fileName={`associates-${d.range.from}-${d.range.to}`}
      emptyText={t("dashboards.associates.none")}
      columns={[
        { label: t("dashboards.associates.name") },
        ...(manyStores ? [{ label: t("dashboards.store") }] : []),
        { label: t("dashboards.funnel.lookups"), numeric: true },
        { label: t("dashboards.funnel.ordersToHome"), numeric: true },
        { label: t("dashboards.funnel.holds"), numeric: true },
        { label: t("dashboards.funnel.sales"), numeric: true },
        { label: t("dashboards.funnel.lostSales"), numeric: true },
        { label: t("dashboards.outcomes.conversion"), numeric: true },
        { label: t("dashboards.outcomes.captured"), numeric: true },
        { label: t("dashboards.adoption.minutesInUse"), numeric: true },
        { label: t("dashboards.associates.coaching") },
      ]}
      rows={rows}
    />
  );
}
