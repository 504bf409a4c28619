import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale, getT } from "@/lib/i18n/server";
import { Alert } from "@/components/ui/alert";
import { formatDay } from "./cells";
import { storeName, type LoadedDashboard } from "./load-dashboard";
import { activePreset, PRESETS, presetRange } from "./period";
import { PeriodFilters } from "./period-filters";

export const TABS = ["adoption", "outcomes", "demand", "flows", "associates"] as const;
export type TabKey = (typeof TABS)[number];
const BASE = "/manage/dashboards";

type Props = { title: string; d: LoadedDashboard; tab: TabKey | null; children: ReactNode };

/** Heading, scope, period filters and (for managers) the tabs, around one dashboard. */
export async function DashboardFrame({ title, d, tab, children }: Props) {
  const t = await getT();
  const locale = await getLocale();
  const s = d.scope;
  const where = s.userId ? t("dashboards.scopeOwn") : s.storeId != null ? (storeName(d, s.storeId) ?? "") : s.region != null ? t("dashboards.scopeRegion", { region: s.region }) : t("dashboards.scopeChain");
  const regions = [...new Set(d.stores.map((x) => x.region))].sort();
  const scopeOptions = d.canChooseScope
    ? [
        { value: "", label: t("dashboards.scopeChain") },
        ...regions.map((r) => ({ value: `region:${r}`, label: t("dashboards.scopeRegion", { region: r }) })),
        ...d.stores.map((x) => ({ value: `store:${x.id}`, label: `${x.code} · ${x.name}` })),
      ]
    : null;
  const span = (r: { from: string; to: string }) => t("dashboards.span", { from: formatDay(r.from, locale), to: formatDay(r.to, locale) });
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="text-base text-slate-700" data-testid="dashboard-scope">
          {where} · {span(d.range)} · {t("dashboards.comparedWith", { span: span(d.previous) })}
        </p>
      </div>
      {tab ? (
        <nav aria-label={t("dashboards.tabs")} className="flex flex-wrap gap-2 border-b border-slate-200">
          {TABS.map((k) => (
            <Link
              key={k}
              href={`${BASE}${k === "adoption" ? "" : `/${k}`}?${d.query}`}
              aria-current={k === tab ? "page" : undefined}
              className={`inline-flex min-h-12 items-center rounded-t-xl px-4 font-semibold ${k === tab ? "border-b-4 border-brand-700 text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {t(`dashboards.tab.${k}`)}
            </Link>
          ))}
        </nav>
      ) : null}
      <PeriodFilters
        key={`${d.typed.from}|${d.typed.to}|${d.scopeValue}`}
        typed={d.typed}
        presets={PRESETS.map((key) => ({ key, range: presetRange(key, d.today) }))}
        activePreset={activePreset(d.range, d.today)}
        scopeValue={d.scopeValue}
        scopeOptions={scopeOptions}
      />
      {d.error ? <Alert>{t("dashboards.badPeriod", { reason: d.error })}</Alert> : null}
      {children}
    </div>
  );
}
