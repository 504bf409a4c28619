"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { formatPrice } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { FiguresAsOf } from "./figures-as-of";
import { HereMatrix } from "./here-matrix";
import { NearbyGrid } from "./nearby-grid";
import { useSnapshotStyle } from "./use-snapshot";
import type { Opened } from "./offline-lookup";

/** The style screen, offline: this store's size x colour matrix, then the chosen colour across nearby stores. */
export function OfflineStyle({ opened, onBack }: { opened: Opened; onBack: () => void }) {
  const t = useTranslations("offlineLookup");
  const locale = useLocale();
  const view = useSnapshotStyle(opened.styleId);
  const [picked, setPicked] = useState(opened.colour);
  if (!view.data) return null;
  const v = view.data;
  const colour = v.style.colours.find((c) => c.name === picked)?.name ?? v.style.colours[0]?.name ?? "";
  return (
    <div className="flex flex-col gap-4">
      <Button variant="secondary" onClick={onBack} className="self-start">
        <span aria-hidden>←</span> {t("back")}
      </Button>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-2xl font-bold">{v.style.name}</h3>
          <p className="text-base text-slate-700">
            {v.style.brand} · {t("styleCode", { code: v.style.code })}
          </p>
        </div>
        <p className="text-2xl font-semibold">{formatPrice(v.style.priceCents, locale)}</p>
      </div>
      {v.style.description ? <p className="text-base text-slate-800">{v.style.description}</p> : null}
      <FiguresAsOf asOf={v.meta.asOf} timeZone={v.meta.timeZone} />
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="mb-1 text-base font-medium">{t("colours")}</legend>
        {v.style.colours.map((c) => (
          <button
            key={c.name}
            type="button"
            aria-pressed={c.name === colour}
            onClick={() => setPicked(c.name)}
            className={`inline-flex min-h-12 items-center gap-2 rounded-xl border px-4 text-base font-semibold ${
              c.name === colour ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-300 bg-white"
            }`}
          >
            <span aria-hidden className="inline-block h-5 w-5 rounded-full ring-1 ring-slate-400" style={{ backgroundColor: c.hex }} />
            {c.name}
          </button>
        ))}
      </fieldset>
      <HereMatrix view={v} colour={colour} size={opened.size} onPick={setPicked} />
      <NearbyGrid view={v} colour={colour} size={opened.size} />
    </div>
  );
}
