"use client";

import { useLocale, useTranslations } from "use-intl";
import { formatPrice } from "@/lib/i18n/format";
import { FiguresAsOf } from "./figures-as-of";
import { useSnapshotSearch } from "./use-snapshot";
import type { Opened } from "./offline-lookup";

/** Best match first; each result opens the style from the snapshot. */
export function OfflineResults({ query, onOpen }: { query: string; onOpen: (o: Opened) => void }) {
  const t = useTranslations("offlineLookup");
  const locale = useLocale();
  const found = useSnapshotSearch(query);
  if (!query.trim() || !found.data) return null;
  const { hits, meta } = found.data;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-base font-medium">
          {t("results", { count: hits.length })}
        </p>
        <FiguresAsOf asOf={meta.asOf} timeZone={meta.timeZone} />
      </div>
      {hits.length === 0 ? <p className="text-base text-slate-700">{t("noResults", { query })}</p> : null}
      <ul className="flex flex-col gap-2">
        {hits.map((h) => {
          const price = formatPrice(h.variant?.priceCents ?? h.style.priceCents, locale);
          const available = t("availableHere", { count: h.availableHere });
          return (
            <li key={h.style.id}>
              <button
                type="button"
                onClick={() => onOpen({ styleId: h.style.id, colour: h.colour, size: h.variant?.size })}
                className="flex min-h-14 w-full items-center gap-3 rounded-xl border border-slate-300 px-4 py-2 text-left hover:bg-slate-50 focus-visible:outline-3 focus-visible:outline-brand-700"
              >
                <span className="flex flex-1 flex-col">
                  <span className="text-lg font-semibold">{h.style.name}</span>
                  <span className="text-sm text-slate-700">
                    {h.style.brand} · {h.style.code}
                    {h.variant ? ` · ${h.variant.colour} ${h.variant.size}` : ""}
                  </span>
                </span>
                <span className="flex flex-col items-end">
                  <span className="text-lg font-semibold">{price}</span>
                  <span className={`text-sm ${h.availableHere > 0 ? "text-emerald-800" : "text-slate-700"}`}>{available}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
