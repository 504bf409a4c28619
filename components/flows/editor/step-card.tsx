"use client";

import { useTranslations } from "use-intl";
import { SAY_MAX, STEP_ACTIONS, WHY_MAX } from "@/lib/domain/flows/document-constants";
import type { Step, StepAction } from "@/lib/domain/flows/document";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { BranchesEditor } from "./branches-editor";
import { CountedText } from "./counted-text";
import { decodeNext, encodeNext, END, problemsAt, type EditorProblem } from "./flow-form";
import { QuestionEditor } from "./question-editor";
import { stepOptions } from "./step-options";

type Props = {
  step: Step;
  index: number;
  steps: Step[];
  isStart: boolean;
  problems: EditorProblem[];
  onChange: (patch: Partial<Step>) => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
};

/** One step as a card: the words, the question, the tool that completes it, and where it leads. */
export function StepCard({ step, index, steps, isStart, problems, onChange, onMove, onDelete }: Props) {
  const t = useTranslations("flowEditor");
  const n = index + 1;
  const headingId = `step-${step.id}-heading`;
  const at = (field: string) => problemsAt(problems, step.id, field);
  const joined = (field: string) => at(field).map((p) => p.message).join(" ") || undefined;
  return (
    <section aria-labelledby={headingId} data-step-id={step.id} className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} tabIndex={-1} className="scroll-mt-24 text-lg font-semibold">
          {t("stepHeading", { n })} <span className="font-mono text-sm font-normal text-slate-600">{t("stepId", { id: step.id })}</span>
        </h3>
        {isStart ? <span className="rounded-full bg-brand-100 px-3 py-1 text-sm font-semibold text-brand-800">{t("startBadge")}</span> : null}
        <div className="ml-auto flex gap-2">
          <Button id={`up-${step.id}`} variant="secondary" aria-label={t("moveUp", { n })} disabled={index === 0} onClick={() => onMove(-1)}>
            <span aria-hidden>↑</span>
          </Button>
          <Button id={`down-${step.id}`} variant="secondary" aria-label={t("moveDown", { n })} disabled={index === steps.length - 1} onClick={() => onMove(1)}>
            <span aria-hidden>↓</span>
          </Button>
          <Button variant="secondary" className="text-red-800" onClick={onDelete} aria-label={t("deleteStep", { n })} disabled={steps.length <= 1}>
            {t("remove")}
          </Button>
        </div>
      </div>
      {at("id").map((p, i) => (
        <p key={i} className="text-sm font-medium text-red-800">
          {p.message}
        </p>
      ))}
      <CountedText label={t("say")} value={step.say} max={SAY_MAX} rows={3} problems={at("say")} onChange={(say) => onChange({ say })} />
      <CountedText label={t("why")} value={step.why} max={WHY_MAX} problems={at("why")} onChange={(why) => onChange({ why })} />
      <QuestionEditor stepId={step.id} question={step.question} problems={problems} onChange={(question) => onChange({ question })} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t("action")}
          value={step.action ?? ""}
          options={[{ value: "", label: t("actionNone") }, ...STEP_ACTIONS.map((a) => ({ value: a, label: t(`actionLabels.${a}`) }))]}
          onChange={(e) => onChange({ action: (e.target.value || undefined) as StepAction | undefined })}
        />
        <SelectField
          label={t("next")}
          value={encodeNext(step.next)}
          error={joined("next")}
          options={[{ value: "", label: t("nextUnset") }, { value: END, label: t("nextEnd") }, ...stepOptions(steps, t, step.next ?? undefined, step.id)]}
          onChange={(e) => onChange({ next: decodeNext(e.target.value) })}
        />
      </div>
      <BranchesEditor step={step} steps={steps} problems={problems} onChange={(branches) => onChange({ branches })} />
    </section>
  );
}
