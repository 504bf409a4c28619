"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "use-intl";
import { showRescueSuggestions, showStyleSuggestions } from "@/lib/domain/recommendations/actions";
import { useBasket } from "@/lib/basket/basket-store";
import { SuggestionCard } from "./suggestion-card";
import { EmitWhenSeen } from "@/components/flows/runner/emit-tool-event";
import type { Suggestion } from "@/lib/domain/recommendations/types";

function List({ title, items, fromStyleId, customerId, storeId }: { title: string; items: Suggestion[]; fromStyleId: number; customerId?: string; storeId: number }) {
  if (items.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-lg font-semibold">{title}</h3>
      <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {items.map((s) => (
          <SuggestionCard key={`${s.kind}-${s.styleId}-${s.colour}`} s={s} fromStyleId={fromStyleId} customerId={customerId} storeId={storeId} />
        ))}
      </ul>
    </div>
  );
}

/** Alternatives and goes-with on the style screen; rescue suggestions when the wanted size is nowhere. */
export function StyleSuggestions({ styleId, colour, size, storeId, nowhere }: { styleId: number; colour: string; size?: string; storeId: number; nowhere: boolean }) {
  const t = useTranslations("suggestions");
  const customerId = useBasket().customer.id;
  const style = useQuery({
    queryKey: ["suggest-style", styleId, colour, size, customerId],
    queryFn: async () => {
      const res = await showStyleSuggestions({ styleId, colour, size, customerId });
      if (!res.ok) throw new Error(res.error.message);
      return res.data;
    },
  });
  const rescue = useQuery({
    queryKey: ["suggest-rescue", styleId, colour, size],
    enabled: nowhere && !!size,
    queryFn: async () => {
      const res = await showRescueSuggestions({ styleId, colour, size: size ?? "" });
      if (!res.ok) throw new Error(res.error.message);
      return res.data;
    },
  });
  return (
    <section aria-labelledby="suggestions-title" className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="suggestions-title" className="sr-only">
        {t("alternatives")}
      </h2>
      {nowhere && rescue.data ? <List title={t("rescue")} items={rescue.data.suggestions} fromStyleId={styleId} customerId={customerId} storeId={storeId} /> : null}
      {style.isPending ? <p role="status">{t("loading")}</p> : null}
      {style.data ? (
        <>
          <List title={t("alternatives")} items={style.data.alternatives} fromStyleId={styleId} customerId={customerId} storeId={storeId} />
          <List title={t("goesWith")} items={style.data.goesWith} fromStyleId={styleId} customerId={customerId} storeId={storeId} />
          {style.data.alternatives.length + style.data.goesWith.length === 0 ? <p>{t("none")}</p> : null}
        </>
      ) : null}
      {style.error ? <p role="alert">{style.error.message}</p> : null}
      {(rescue.data?.suggestions.length ?? 0) + (style.data ? style.data.alternatives.length + style.data.goesWith.length : 0) > 0 ? <EmitWhenSeen event={{ action: "show_suggestions" }} /> : null}
    </section>
  );
}
