"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import type { FlowRunDto } from "@/lib/domain/flows/schemas";
import { fillSay } from "@/lib/flows/fill-say";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { Runner } from "./use-runner";

type Props = { run: FlowRunDto; runner: Runner; associateName: string };

/** The step to say now: the words, why they matter, its question, and Done / Skip / Back. */
export function RunStep({ run, runner, associateName }: Props) {
  const t = useTranslations("flowRunner");
  const step = run.step;
  if (!step) return null;
  const say = fillSay(step.say, { associate: associateName }, (name) =>
    name === "associate" || name === "promise_date" || name === "next_step" ? t(`placeholders.${name}`) : "…",
  );
  const position = { done: run.progress.done + 1, total: run.progress.total };
  return (
    <section aria-labelledby="flow-run-name" className="flex flex-col gap-3">
      <div>
        <h3 id="flow-run-name" className="text-xl font-bold">
          {run.flowName}
        </h3>
        <div className="mt-1 flex items-center gap-3 text-sm text-slate-700">
          <progress
            className="h-2 flex-1 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-700"
            max={100}
            value={run.progress.percent}
            aria-label={t("progress", { flow: run.flowName })}
            aria-valuetext={t("progressText", position)}
          />
          <span>{t("progressText", position)}</span>
        </div>
      </div>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("sayLabel")}</p>
      <p data-testid="flow-step-say" className="-mt-2 text-lg font-semibold leading-snug text-slate-900">
        {say}
      </p>
      <p className="rounded-xl bg-amber-50 px-3 py-2 text-base text-amber-950">{t("why", { why: step.why })}</p>
      {step.action ? <p className="text-sm text-slate-700">{t("toolHint", { tool: t(`toolUse.${step.action}`) })}</p> : null}
      {/* key: a new step starts with an empty answer field */}
      <StepControls key={`${run.id}:${step.id}`} run={run} runner={runner} />
    </section>
  );
}

function StepControls({ run, runner }: { run: FlowRunDto; runner: Pick<Runner, "send"> }) {
  const t = useTranslations("flowRunner");
  const [answer, setAnswer] = useState("");
  const step = run.step!;
  const q = step.question;

  function finish(e: FormEvent) {
    e.preventDefault();
    const value = answer.trim();
    void runner.send(q?.kind === "free" && value ? { type: "answer", stepId: step.id, value } : { type: "done" });
  }

  return (
    <form onSubmit={finish} className="flex flex-col gap-3">
      {q?.kind === "choice" ? (
        <div role="group" aria-label={t("answerLabel")} className="grid grid-cols-1 gap-2">
          {q.choices.map((c) => (
            <Button key={c.id} variant="secondary" onClick={() => void runner.send({ type: "answer", stepId: step.id, value: c.id })}>
              {c.label}
            </Button>
          ))}
        </div>
      ) : null}
      {q?.kind === "free" ? <Field label={q.label} value={answer} maxLength={200} onChange={(e) => setAnswer(e.target.value)} autoComplete="off" /> : null}
      {step.outcomes.length > 0 ? (
        <div role="group" aria-label={t("done")} className="grid grid-cols-1 gap-2">
          {step.outcomes.map((o) => (
            <Button key={o} variant="secondary" onClick={() => void runner.send({ type: "done", outcome: o })}>
              {t(`finishBy.${o}`)}
            </Button>
          ))}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {step.outcomes.length === 0 ? (
          <Button type="submit" className="flex-1">
            {t("done")}
          </Button>
        ) : null}
        <Button variant="secondary" className="flex-1" onClick={() => void runner.send({ type: "skip" })}>
          {t("skip")}
        </Button>
        {run.canGoBack ? (
          <Button variant="secondary" className="flex-1" onClick={() => void runner.send({ type: "back" })}>
            {t("back")}
          </Button>
        ) : null}
      </div>
      <Button variant="ghost" className="self-start px-2 text-sm" onClick={() => void runner.send({ type: "abandon" })}>
        {t("stop")}
      </Button>
    </form>
  );
}
