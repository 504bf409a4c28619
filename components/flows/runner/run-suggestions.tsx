"use client";

import { usePathname } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "use-intl";
import type { FlowRunDto } from "@/lib/domain/flows/schemas";
import { showCustomerSuggestions, showStyleSuggestions } from "@/lib/domain/recommendations/actions";
import { GUIDE_SUGGESTIONS, guideSuggestionRequest, pickForGuide } from "@/lib/flows/guide-suggestions";
import { emitToolEvent } from "@/lib/flows/tool-events";
import { SuggestionCard } from "@/components/suggestions/suggestion-card";

/**
 * A "show suggestions" step brings its own list into the guide: for the visit's customer (their history, sizes and
 * preferences when they allow it, in the size the flow picked up, beside the style on screen), or, before anyone is
 * identified, the closest alternatives and an add-on for the style in hand. Opening or adding one does the step.
 */
export function RunSuggestions({ run, storeId }: { run: FlowRunDto; storeId: number }) {
  const t = useTranslations("flowRunner.suggestions");
  const request = guideSuggestionRequest(run, usePathname());
  const { data, isPending, error } = useQuery({
    queryKey: ["guide-suggestions", request],
    enabled: request.kind !== "none",
    queryFn: async () => {
      if (request.kind === "customer") {
        const res = await showCustomerSuggestions({ ...request, limit: GUIDE_SUGGESTIONS, inGuide: true });
        if (!res.ok) throw new Error(res.error.message);
        return { list: res.data.suggestions, itemOnly: !res.data.personalised };
      }
      if (request.kind !== "style") return { list: [], itemOnly: false };
      const res = await showStyleSuggestions({ ...request, limit: GUIDE_SUGGESTIONS, inGuide: true });
      if (!res.ok) throw new Error(res.error.message);
      return { list: pickForGuide(res.data.alternatives, res.data.goesWith), itemOnly: false };
    },
  });

  const title = request.kind === "customer" ? t("forCustomer") : t("forStyle");
  return (
    <section aria-labelledby="guide-suggestions" className="flex flex-col gap-2 rounded-2xl bg-slate-50 p-3 ring-1 ring-slate-200">
      <h3 id="guide-suggestions" className="font-semibold">
        {request.kind === "none" ? t("title") : title}
        {request.kind !== "none" && request.size ? <span className="font-normal text-slate-700"> · {t("inSize", { size: request.size })}</span> : null}
      </h3>
      {request.kind === "none" ? <p className="text-sm text-slate-700">{t("needContext")}</p> : null}
      {request.kind !== "none" && isPending ? <p role="status">{t("loading")}</p> : null}
      {error ? <p role="alert">{error.message}</p> : null}
      {data?.itemOnly ? <p className="text-sm text-slate-700">{t("itemOnly")}</p> : null}
      {data && data.list.length === 0 ? <p>{t("none")}</p> : null}
      {/* Using a suggestion from here is the step done: the flow moves on as it would from the screen's list. */}
      <ul className="flex flex-col gap-2" onClickCapture={(e) => ((e.target as HTMLElement).closest("a,button") ? emitToolEvent({ action: "show_suggestions" }) : undefined)}>
        {data?.list.map((s) => (
          <SuggestionCard key={`${s.styleId}-${s.colour}`} s={s} customerId={run.customerId ?? undefined} fromStyleId={request.kind === "style" ? request.styleId : undefined} storeId={storeId} />
        ))}
      </ul>
    </section>
  );
}
