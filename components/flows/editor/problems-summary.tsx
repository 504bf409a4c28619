"use client";

import { useTranslations } from "use-intl";
import type { EditorProblem } from "./flow-form";

/** Everything that stops publishing, each with a way to jump to the step it concerns. */
export function ProblemsSummary({ problems }: { problems: EditorProblem[] }) {
  const t = useTranslations("flowEditor");
  if (problems.length === 0)
    return (
      <p role="status" className="rounded-xl border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-950">
        {t("noProblems")}
      </p>
    );
  return (
    <section aria-labelledby="flow-problems-heading" data-testid="flow-problems" className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3">
      <h2 id="flow-problems-heading" className="font-semibold text-amber-950">
        {t("problemsTitle", { count: problems.length })}
      </h2>
      <ul className="mt-2 flex flex-col gap-2">
        {problems.map((p, i) => (
          <li key={i} className="text-sm text-slate-900">
            <span>{p.message}</span>
            {p.stepId ? (
              <button
                type="button"
                className="ml-2 inline-flex min-h-12 items-center font-semibold text-brand-800 underline"
                onClick={() => {
                  const heading = document.getElementById(`step-${p.stepId}-heading`);
                  heading?.scrollIntoView({ block: "start" });
                  heading?.focus();
                }}
              >
                {t("goToStep", { id: p.stepId })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
