"use client";

import { useState } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "use-intl";
import type { Suggestion } from "@/lib/domain/recommendations/types";
import { recordSuggestionOpened, recordSuggestionTaken } from "@/lib/domain/recommendations/actions";
import { formatPromise } from "@/lib/i18n/format";
import { addLine } from "@/lib/basket/basket-store";
import { formatPrice } from "@/lib/i18n/format";
import { StyleImage } from "@/components/catalog/style-image";
import { styleHref } from "@/components/catalog/style-href";
import { Button } from "@/components/ui/button";

/** A suggestion the customer can actually have: where it comes from, and the reason the associate can say. */
export function SuggestionCard({ s, fromStyleId, customerId, storeId }: { s: Suggestion; fromStyleId?: number; customerId?: string; storeId: number }) {
  const t = useTranslations("suggestions");
  const locale = useLocale();
  const [added, setAdded] = useState(false);
  const params = { count: 0, colour: "", occasion: "", fit: "", brand: "", size: "", ...s.reason.params };
  const ref = { styleId: s.styleId, kind: s.kind, fromStyleId, customerId };

  function add() {
    if (s.variantId == null) return;
    const label = { styleName: s.name, colour: s.colour, size: s.size ?? "", sku: s.code, priceCents: s.priceCents, sourceName: s.bestSource?.storeName };
    if (s.availableHere > 0) addLine({ kind: "take_now", variantId: s.variantId, qty: 1, source: storeId, label });
    else if (s.bestSource) addLine({ kind: "ship", variantId: s.variantId, qty: 1, source: s.bestSource.storeId, label });
    void recordSuggestionTaken({ ...ref, outcome: s.availableHere > 0 ? "sale" : "order", variantId: s.variantId });
    setAdded(true);
  }

  return (
    <li className="flex flex-col gap-2 rounded-xl bg-white p-3 ring-1 ring-slate-200" data-testid="suggestion">
      <div className="flex gap-3">
        <StyleImage alt="" category={s.category} hex={s.colourHex} className="h-16 w-16 shrink-0 rounded-lg" />
        <div className="min-w-0">
          <p className="font-semibold leading-tight">{s.name}</p>
          <p className="text-sm text-slate-700">
            {s.colour} · {s.size ?? t("anySize")} · {formatPrice(s.priceCents, locale)}
          </p>
          <p className="text-sm font-semibold text-brand-800">{t(`reasons.${s.reason.code}`, params)}</p>
          <p className="text-sm text-slate-700">
            {s.availableHere > 0 ? t("here", { count: s.availableHere }) : s.bestSource ? t("arrives", { date: formatPromise(s.bestSource.promiseDate, locale), store: s.bestSource.storeName }) : null}
          </p>
        </div>
      </div>
      <div className="flex gap-2">
        <Link
          href={styleHref(s.styleId, s.colour, s.size)}
          onClick={() => void recordSuggestionOpened(ref)}
          className="inline-flex min-h-11 flex-1 items-center justify-center rounded-xl font-semibold ring-1 ring-slate-300 hover:bg-slate-100"
        >
          {t("open")}
        </Link>
        {s.variantId != null ? (
          <Button variant="secondary" className="min-h-11 flex-1" disabled={added} onClick={add}>
            {added ? t("added") : t("add")}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
