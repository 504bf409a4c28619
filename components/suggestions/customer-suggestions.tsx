"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "use-intl";
import { showCustomerSuggestions } from "@/lib/domain/recommendations/actions";
import { SuggestionCard } from "./suggestion-card";
import { EmitWhenSeen } from "@/components/flows/runner/emit-tool-event";

/** For this customer: from their history, sizes and preferences when they allow it; item-based otherwise. */
export function CustomerSuggestions({ customerId, storeId }: { customerId: string; storeId: number }) {
  const t = useTranslations("suggestions");
  const { data, isPending, error } = useQuery({
    queryKey: ["suggest-customer", customerId],
    queryFn: async () => {
      const res = await showCustomerSuggestions({ customerId });
      if (!res.ok) throw new Error(res.error.message);
      return res.data;
    },
  });
  return (
    <section aria-labelledby="for-customer" className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="for-customer" className="text-xl font-semibold">
        {t("forCustomer")}
      </h2>
      {isPending ? <p role="status">{t("loading")}</p> : null}
      {error ? <p role="alert">{error.message}</p> : null}
      {data && !data.personalised ? <p className="text-sm text-slate-700">{t("itemOnly")}</p> : null}
      {data && data.suggestions.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="flex flex-col gap-3">
        {data?.suggestions.map((s) => (
          <SuggestionCard key={`${s.styleId}-${s.colour}`} s={s} customerId={customerId} storeId={storeId} />
        ))}
      </ul>
      {data?.suggestions.length ? <EmitWhenSeen event={{ action: "show_suggestions" }} /> : null}
    </section>
  );
}
