"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import type { FlowDocument } from "@/lib/domain/flows/document";
import { initialState, nextStep, stepProgress, type RunEvent, type RunState, type RunStatus } from "@/lib/domain/flows/rules";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { pretendEvents } from "./preview-events";

type Sandbox = { state: RunState; current: string | null; status: RunStatus };

/** Runs the draft as it stands, with the same rules the tablets use, entirely in the browser: nothing is recorded. */
export function FlowPreview({ doc, onClose }: { doc: FlowDocument; onClose: () => void }) {
  const t = useTranslations("flowEditor");
  const start = (): Sandbox => ({ state: initialState(), current: doc.start, status: "active" });
  const [run, setRun] = useState<Sandbox>(start);
  const [answer, setAnswer] = useState("");
  const [error, setError] = useState<string | null>(null);
  const step = doc.steps.find((s) => s.id === run.current);

  function send(event: RunEvent) {
    try {
      const next = nextStep(doc, run.state, run.current, event);
      setRun({ state: next.state, current: next.currentStep, status: next.status });
      setError(null);
      if (next.currentStep !== run.current) setAnswer("");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const progress = step ? stepProgress(doc, run.state, run.current) : null;
  const picked = Object.entries(run.state.answers);
  return (
    <section aria-labelledby="flow-preview-heading" data-testid="flow-preview" className="flex flex-col gap-3 rounded-2xl border-2 border-brand-600 bg-slate-50 p-4">
      <div className="flex items-center gap-2">
        <h2 id="flow-preview-heading" className="text-xl font-semibold">
          {t("preview")}
        </h2>
        <Button variant="ghost" className="ml-auto" onClick={onClose}>
          {t("previewClose")}
        </Button>
      </div>
      <p className="text-sm text-slate-700">{t("previewIntro")}</p>
      {run.status === "finished" || (run.status === "active" && !step && run.current == null) ? <Alert tone="success">{t("previewFinished")}</Alert> : null}
      {run.status === "abandoned" ? <Alert tone="info">{t("previewAbandoned")}</Alert> : null}
      {run.status === "active" && !step && run.current != null ? <Alert>{t("previewNoStart")}</Alert> : null}
      {step && run.status === "active" ? (
        <div className="flex flex-col gap-3">
          {progress ? (
            <div>
              <p className="text-sm text-slate-700">{t("previewStep", { done: progress.done + 1, total: progress.total })}</p>
              <div className="mt-1 h-2 rounded-full bg-slate-200" aria-hidden>
                <div className="h-2 rounded-full bg-brand-600" style={{ width: `${progress.percent}%` }} />
              </div>
            </div>
          ) : null}
          <p data-testid="preview-say" className="text-lg font-semibold text-slate-900">
            {step.say}
          </p>
          <p className="text-sm text-slate-700">{step.why}</p>
          {step.question?.kind === "choice" ? (
            <div className="flex flex-wrap gap-2">
              {step.question.choices.map((c) => (
                <Button key={c.id} variant="secondary" onClick={() => send({ type: "answer", stepId: step.id, value: c.id })}>
                  {c.label || c.id}
                </Button>
              ))}
            </div>
          ) : null}
          {step.question?.kind === "free" ? (
            <form
              className="flex items-end gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                send({ type: "answer", stepId: step.id, value: answer });
              }}
            >
              <Field className="min-w-0 flex-1" label={step.question.label || t("previewAnswer")} value={answer} onChange={(e) => setAnswer(e.target.value)} />
              <Button type="submit">{t("previewSendAnswer")}</Button>
            </form>
          ) : null}
          {pretendEvents(step).map((ev) => (
            <Button key={`${ev.action}-${ev.outcome ?? ""}`} variant="secondary" className="justify-start text-left" onClick={() => send({ type: "tool", ...ev })}>
              {ev.outcome
                ? t("previewPretendOutcome", { action: t(`actionLabels.${ev.action}`), outcome: t(`outcomeLabels.${ev.outcome}`) })
                : t("previewPretend", { action: t(`actionLabels.${ev.action}`) })}
            </Button>
          ))}
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" disabled={run.state.history.length === 0} onClick={() => send({ type: "back" })}>
              {t("previewBack")}
            </Button>
            <Button variant="secondary" onClick={() => send({ type: "skip" })}>
              {t("previewSkip")}
            </Button>
            <Button onClick={() => send({ type: "done" })}>{t("previewDone")}</Button>
          </div>
        </div>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      {picked.length ? (
        <div className="text-sm">
          <p className="font-semibold">{t("previewPicked")}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            {picked.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-slate-700">{t(`captureLabels.${k as "size"}`)}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <Button variant="secondary" onClick={() => { setRun(start()); setAnswer(""); setError(null); }}>
        {t("previewRestart")}
      </Button>
    </section>
  );
}
