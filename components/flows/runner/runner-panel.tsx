"use client";

import { useTranslations } from "use-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FlowList } from "./flow-list";
import { PickedUp } from "./picked-up";
import { RunStep } from "./run-step";
import { RunSuggestions } from "./run-suggestions";
import type { Runner } from "./use-runner";

/** The guide's contents: the step in progress, or the scripts to start from. */
type Props = { runner: Runner; associateName: string; storeId: number | null; onCollapse: () => void };

export function RunnerPanel({ runner, associateName, storeId, onCollapse }: Props) {
  const t = useTranslations("flowRunner");
  const { run, query, finished, error, pending } = runner;
  return (
    <div className="flex flex-col gap-4 p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-base font-bold text-slate-800">{t("title")}</h2>
        <Button variant="ghost" aria-expanded onClick={onCollapse} className="px-3 text-sm">
          {t("collapse")}
        </Button>
      </div>
      {pending > 0 ? <Alert tone="info">{t("offline", { count: pending })}</Alert> : null}
      {error ? <Alert>{error}</Alert> : null}
      {query.isError && !query.data ? (
        <Alert>
          {t("loadFailed", { message: query.error.message })}{" "}
          <button type="button" className="min-h-12 font-semibold underline" onClick={() => void query.refetch()}>
            {t("retry")}
          </button>
        </Alert>
      ) : null}
      {finished && !run ? (
        <Alert tone="success">
          <span className="flex flex-wrap items-center justify-between gap-2">
            {t("finishedTitle", { flow: finished.flowName })}
            <Button variant="ghost" onClick={runner.dismissFinished}>
              {t("finishedDismiss")}
            </Button>
          </span>
        </Alert>
      ) : null}
      {run ? <RunStep run={run} runner={runner} associateName={associateName} /> : query.data ? <FlowList runner={runner} /> : <p role="status">{t("loading")}</p>}
      {run?.step?.action === "show_suggestions" && storeId ? <RunSuggestions key={run.step.id} run={run} storeId={storeId} /> : null}
      <PickedUp answers={(run ?? finished)?.answers ?? {}} customerId={(run ?? finished)?.customerId ?? null} declined={(run ?? finished)?.declinedCapture ?? false} />
      <div className="flex flex-col gap-1 border-t border-slate-200 pt-3">
        <Button variant="secondary" onClick={runner.newCustomer} aria-describedby="flow-new-customer-hint">
          {t("newCustomer")}
        </Button>
        <p id="flow-new-customer-hint" className="text-sm text-slate-600">
          {t("newCustomerHint")}
        </p>
      </div>
    </div>
  );
}
