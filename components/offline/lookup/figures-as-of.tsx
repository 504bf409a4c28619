"use client";

import { useLocale, useTranslations } from "use-intl";
import { formatClock } from "@/lib/i18n/format";

/** "Offline, figures as of 10:42", in the store's time: every offline figure says how old it is. */
export function FiguresAsOf({ asOf, timeZone }: { asOf: string; timeZone: string }) {
  const t = useTranslations("offlineLookup");
  const locale = useLocale();
  return <p className="rounded-lg bg-amber-100 px-3 py-1 text-base font-semibold text-amber-950">{t("asOf", { time: formatClock(asOf, locale, timeZone) })}</p>;
}
