"use client";

import { useTranslations } from "use-intl";
import { Button } from "@/components/ui/button";
import type { Runner } from "./use-runner";

/** No script running: the store's scripts, one tap each, and the one suggested when a conversation began. */
export function FlowList({ runner }: { runner: Runner }) {
  const t = useTranslations("flowRunner");
  const { flows, suggestion, busy } = runner;
  const suggested = suggestion ? flows.data?.find((f) => f.slug === suggestion.slug) : undefined;
  return (
    <div className="flex flex-col gap-3">
      {suggested ? (
        <div className="flex flex-col gap-2 rounded-xl bg-brand-50 p-3 ring-1 ring-brand-100">
          <p className="font-semibold">{t("suggestTitle")}</p>
          <p>{t("suggestBody", { flow: suggested.name })}</p>
          <div className="flex flex-wrap gap-2">
            <Button disabled={busy} onClick={() => void runner.start(suggested.id, suggestion?.customerId)}>
              {t("suggestStart", { flow: suggested.name })}
            </Button>
            <Button variant="ghost" onClick={runner.dismissSuggestion}>
              {t("suggestDismiss")}
            </Button>
          </div>
        </div>
      ) : null}
      <div>
        <h3 className="text-base font-semibold">{t("startTitle")}</h3>
        <p className="text-sm text-slate-700">{t("startHint")}</p>
      </div>
      {flows.isPending ? <p role="status">{t("loading")}</p> : null}
      {flows.isError ? <p role="alert">{t("loadFailed", { message: flows.error.message })}</p> : null}
      {flows.data?.length === 0 ? <p>{t("noFlows")}</p> : null}
      <ul className="flex flex-col gap-2">
        {flows.data?.map((f) => (
          <li key={f.id}>
            <Button variant="secondary" disabled={busy} className="w-full justify-start text-left" aria-describedby={`flow-desc-${f.id}`} onClick={() => void runner.start(f.id, suggestion?.customerId)}>
              {f.name}
            </Button>
            <p id={`flow-desc-${f.id}`} className="sr-only">
              {f.description}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
