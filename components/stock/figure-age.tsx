"use client";

import { useLocale, useTranslations } from "use-intl";
import { formatClock } from "@/lib/i18n/format";

/** "as of 10:42", marked when older than the chain's threshold: figures say how fresh they are. */
export function FigureAge({ asOf, stale, timeZone }: { asOf: string | null; stale: boolean; timeZone: string }) {
  const t = useTranslations("stock");
  const locale = useLocale();
  if (!asOf) return <span className="text-sm text-slate-600">{t("noFigures")}</span>;
  return (
    <span className={`text-sm ${stale ? "rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-950" : "text-slate-600"}`}>
      {stale ? t("asOfStale", { time: formatClock(asOf, locale, timeZone) }) : t("asOf", { time: formatClock(asOf, locale, timeZone) })}
    </span>
  );
}
