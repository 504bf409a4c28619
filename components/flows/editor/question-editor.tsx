"use client";

import { useTranslations } from "use-intl";
import { CAPTURES } from "@/lib/domain/flows/document-constants";
import type { Question } from "@/lib/domain/flows/document";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { addChoice, problemsAt, questionOfKind, setCaptures, type EditorProblem, type QuestionKind } from "./flow-form";

/** None, a few choices (each can lead somewhere through a branch), or a free answer that may fill in a tool's filter. */
export function QuestionEditor({ stepId, question, problems, onChange }: {
  stepId: string;
  question: Question | undefined;
  problems: EditorProblem[];
  onChange: (q: Question | undefined) => void;
}) {
  const t = useTranslations("flowEditor");
  const kind: QuestionKind = question?.kind ?? "none";
  const messages = (prefix: string) => problemsAt(problems, stepId, prefix).map((p) => p.message).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-3 rounded-xl border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">{t("question")}</legend>
      <div className="flex flex-wrap gap-2">
        {(["none", "choice", "free"] as const).map((k) => (
          <label key={k} className="inline-flex min-h-12 cursor-pointer items-center gap-2 rounded-xl border border-slate-300 px-4 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input type="radio" name={`question-${stepId}`} value={k} checked={kind === k} onChange={() => onChange(questionOfKind(k, question))} className="size-5" />
            {t(`questionKinds.${k}`)}
          </label>
        ))}
      </div>
      {question?.kind === "choice" ? (
        <div className="flex flex-col gap-2">
          {question.choices.map((c, i) => (
            <div key={c.id} className="flex items-start gap-2">
              <Field
                className="flex-1"
                label={t("choiceLabel", { n: i + 1 })}
                value={c.label}
                error={messages(`question.choices.${i}`)}
                onChange={(e) => onChange({ ...question, choices: question.choices.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)) })}
              />
              <Button
                variant="secondary"
                className="mt-6"
                aria-label={t("removeChoice", { n: i + 1 })}
                disabled={question.choices.length <= 1}
                onClick={() => onChange({ ...question, choices: question.choices.filter((_, j) => j !== i) })}
              >
                {t("remove")}
              </Button>
            </div>
          ))}
          {messages("question.choices") && !question.choices.length ? <p className="text-sm text-red-800">{messages("question.choices")}</p> : null}
          <Button variant="secondary" className="self-start" disabled={question.choices.length >= 8} onClick={() => onChange(addChoice(question))}>
            {t("addChoice")}
          </Button>
        </div>
      ) : null}
      {question?.kind === "free" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t("freeLabel")} value={question.label} error={messages("question.label")} onChange={(e) => onChange({ ...question, label: e.target.value })} />
          <SelectField
            label={t("captures")}
            value={question.captures ?? ""}
            options={[{ value: "", label: t("capturesNone") }, ...CAPTURES.map((c) => ({ value: c, label: t(`captureLabels.${c}`) }))]}
            onChange={(e) => onChange(setCaptures(question, e.target.value))}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
