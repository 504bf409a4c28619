"use client";

import { useId } from "react";
import { useTranslations } from "use-intl";
import { cn } from "@/components/ui/cn";
import type { EditorProblem } from "./flow-form";
import { ProblemText } from "./problem-text";

/** A labelled textarea with a live character count against what the tablet panel fits. */
export function CountedText({ label, value, max, rows = 2, problems, onChange }: {
  label: string;
  value: string;
  max: number;
  rows?: number;
  problems: EditorProblem[];
  onChange: (value: string) => void;
}) {
  const t = useTranslations("flowEditor");
  const id = useId();
  const over = value.length > max;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className="text-sm font-semibold text-slate-800">
          {label}
        </label>
        <span id={`${id}-count`} className={cn("text-sm tabular-nums", over ? "font-semibold text-red-800" : "text-slate-600")}>
          {t("counter", { count: value.length, max })}
        </span>
      </div>
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={[`${id}-count`, problems.length ? `${id}-problems` : null].filter(Boolean).join(" ")}
        onChange={(e) => onChange(e.target.value)}
        className={cn("rounded-xl border bg-white px-3 py-2 text-base", problems.length ? "border-red-700" : "border-slate-400")}
      />
      <ProblemText id={`${id}-problems`} problems={problems} />
    </div>
  );
}
