"use client";

import { useTranslations } from "use-intl";
import type { FlowRunDto } from "@/lib/domain/flows/schemas";

const ORDER = ["name", "other", "size", "occasion"] as const;

/** What the script has learnt this visit: the answers the tools use, the customer, a "no thanks". */
export function PickedUp({ answers, customerId, declined }: { answers: FlowRunDto["answers"]; customerId: string | null; declined: boolean }) {
  const t = useTranslations("flowRunner");
  const rows = ORDER.flatMap((k) => (answers[k] ? [{ label: t(`answers.${k}`), value: answers[k] }] : []));
  if (customerId) rows.push({ label: t("answers.customer"), value: t("answers.customerLinked") });
  if (declined) rows.push({ label: t("answers.declined"), value: t("answers.declinedValue") });
  return (
    <section aria-labelledby="flow-picked-up" className="rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200">
      <h3 id="flow-picked-up" className="text-sm font-semibold uppercase tracking-wide text-slate-700">
        {t("pickedUp")}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("pickedNothing")}</p>
      ) : (
        <dl data-testid="flow-picked-up" className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
          {rows.map((r) => (
            <div key={r.label} className="contents">
              <dt className="text-slate-700">{r.label}</dt>
              <dd className="font-semibold">{r.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
