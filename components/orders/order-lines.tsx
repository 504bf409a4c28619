"use client";

import { useLocale, useTranslations } from "use-intl";
import { writeBasket, type BasketLine } from "@/lib/basket/basket-store";
import type { QuoteResult, SourceOption } from "@/lib/domain/orders/schemas";
import { formatPromise } from "@/lib/i18n/format";
import { formatPrice } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";

export type LineTrouble = { message: string; alternatives: SourceOption[] };

const chooseSource = (id: string, storeId: number, name: string) =>
  writeBasket((b) => ({ ...b, lines: b.lines.map((l) => (l.id === id ? { ...l, source: storeId, label: { ...l.label, sourceName: name } } : l)) }));

/** The items, each with its source and promise date; a line whose stock vanished offers the next-best sources. */
export function OrderLines({ lines, quote, troubles }: { lines: BasketLine[]; quote: QuoteResult | null; troubles: Record<number, LineTrouble> }) {
  const t = useTranslations("order");
  const locale = useLocale();
  return (
    <ul className="flex flex-col gap-3">
      {lines.map((line, index) => {
        const q = quote?.lines[index];
        const trouble = troubles[index] ?? (q?.problem ? { message: q.problem.message, alternatives: q.alternatives } : undefined);
        return (
          <li key={line.id} className={`rounded-xl border p-4 ${trouble ? "border-red-400 bg-red-50" : "border-slate-200"}`} data-testid="order-line">
            <div className="flex flex-wrap items-start gap-3">
              <div className="min-w-0 flex-1">
                <p className="text-lg font-semibold">
                  {line.label.styleName} · {line.label.colour} · {line.label.size}
                </p>
                <p className="text-sm text-slate-700">
                  {line.kind === "take_now"
                    ? t("takenNow")
                    : line.source === "best"
                      ? q?.source
                        ? t("shipsFromBest", { store: q.source.name })
                        : t("bestStore")
                      : t("shipsFrom", { store: line.label.sourceName ?? q?.source?.name ?? "" })}
                  {q?.promiseDate && line.kind === "ship" ? ` · ${t("arrives", { date: formatPromise(q.promiseDate, locale) })}` : ""}
                </p>
              </div>
              <span className="text-lg font-semibold">{formatPrice(line.label.priceCents * line.qty, locale)}</span>
              <Button variant="ghost" aria-label={t("removeLine", { item: `${line.label.styleName} ${line.label.size}` })} onClick={() => writeBasket((b) => ({ ...b, lines: b.lines.filter((l) => l.id !== line.id) }))}>
                {t("remove")}
              </Button>
            </div>
            {trouble ? (
              <div role="alert" className="mt-3 flex flex-col gap-2">
                <p className="font-semibold text-red-900">{trouble.message}</p>
                {trouble.alternatives.length ? (
                  <div className="flex flex-wrap gap-2">
                    {trouble.alternatives.slice(0, 3).map((alt) => (
                      <Button key={alt.storeId} variant="secondary" onClick={() => chooseSource(line.id, alt.storeId, alt.name)}>
                        {t("useAlternative", { store: alt.name, date: formatPromise(alt.promiseDate, locale) })}
                      </Button>
                    ))}
                  </div>
                ) : (
                  <p className="text-red-900">{t("noAlternative")}</p>
                )}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
