"use client";

import { useTranslations } from "use-intl";
import { STEP_OUTCOMES } from "@/lib/domain/flows/document-constants";
import type { Branch, Step, StepOutcome } from "@/lib/domain/flows/document";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { newBranch, problemsAt, type EditorProblem } from "./flow-form";
import { stepOptions } from "./step-options";

const encodeWhen = (w: Branch["when"]) => ("answer" in w ? `answer:${w.answer}` : `outcome:${w.outcome}`);
function decodeWhen(value: string): Branch["when"] {
  const [kind, v = ""] = value.split(/:(.*)/);
  return kind === "answer" ? { answer: v } : { outcome: v as StepOutcome };
}

/** "When the answer is X / when the tool finds Y, go to step Z": one row a branch. */
export function BranchesEditor({ step, steps, problems, onChange }: {
  step: Step;
  steps: Step[];
  problems: EditorProblem[];
  onChange: (branches: Branch[] | undefined) => void;
}) {
  const t = useTranslations("flowEditor");
  const branches = step.branches ?? [];
  const choices = step.question?.kind === "choice" ? step.question.choices : [];
  const whenOptions = (current: Branch["when"]) => {
    const opts = [
      ...choices.map((c) => ({ value: `answer:${c.id}`, label: t("branchAnswer", { label: c.label || c.id }) })),
      ...(step.action ? STEP_OUTCOMES.map((o) => ({ value: `outcome:${o}`, label: t("branchOutcome", { label: t(`outcomeLabels.${o}`) }) })) : []),
    ];
    const value = encodeWhen(current);
    if (!opts.some((o) => o.value === value))
      opts.unshift({ value, label: "answer" in current ? t("branchAnswer", { label: current.answer }) : t("branchOutcome", { label: t(`outcomeLabels.${current.outcome}`) }) });
    return opts;
  };
  const set = (i: number, b: Branch) => onChange(branches.map((x, j) => (j === i ? b : x)));
  const messages = (prefix: string) => problemsAt(problems, step.id, prefix).map((p) => p.message).join(" ") || undefined;
  const firstOther = steps.find((s) => s.id !== step.id)?.id ?? step.id;
  return (
    <fieldset className="flex flex-col gap-3 rounded-xl border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{t("branches")}</legend>
      <p className="text-sm text-slate-600">{t("branchesHint")}</p>
      {branches.map((b, i) => (
        <div key={i} role="group" aria-label={t("branchN", { n: i + 1 })} className="flex flex-wrap items-start gap-2">
          <SelectField className="min-w-56 flex-1" label={t("branchWhen")} value={encodeWhen(b.when)} options={whenOptions(b.when)} error={messages(`branches.${i}.when`)} onChange={(e) => set(i, { ...b, when: decodeWhen(e.target.value) })} />
          <SelectField className="min-w-56 flex-1" label={t("branchGoto")} value={b.goto} options={stepOptions(steps, t, b.goto)} error={messages(`branches.${i}.goto`)} onChange={(e) => set(i, { ...b, goto: e.target.value })} />
          <Button variant="secondary" className="mt-6" aria-label={t("removeBranch", { n: i + 1 })} onClick={() => onChange(branches.length > 1 ? branches.filter((_, j) => j !== i) : undefined)}>
            {t("remove")}
          </Button>
        </div>
      ))}
      <Button variant="secondary" className="self-start" disabled={branches.length >= 12 || (!choices.length && !step.action)} onClick={() => onChange([...branches, newBranch(step, firstOther)])}>
        {t("addBranch")}
      </Button>
    </fieldset>
  );
}
