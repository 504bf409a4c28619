"use client";

import { useTranslations } from "use-intl";
import { discard } from "@/lib/offline/outbox/store";
import type { EntryView } from "@/lib/offline/outbox/use-outbox";
import { Button } from "@/components/ui/button";
import { EntryProblem } from "./entry-problem";
import { entrySummary } from "./entry-summary";

/** One line of the outbox: what, for whom, where it stands, and what the associate can do. */
export function OutboxEntry({ view, sending, waitingForCustomer }: { view: EntryView; sending: boolean; waitingForCustomer: boolean }) {
  const t = useTranslations("outbox");
  const { record, payload, problem } = view;
  const { what, customer } = entrySummary(view);
  const status =
    record.status === "sent"
      ? t("status.sent")
      : sending
        ? t("status.sending")
        : record.status === "attention"
          ? t("status.attention")
          : waitingForCustomer
            ? t("status.waitingForCustomer")
            : record.attempts > 0
              ? t("status.retrying", { count: record.attempts })
              : t("status.pending");
  const tone = record.status === "sent" ? "bg-emerald-100 text-emerald-900" : record.status === "attention" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-950";
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4" data-testid="outbox-entry" data-status={record.status}>
      <div className="flex flex-wrap items-center gap-3">
        <span className="font-semibold">{t(`kind.${record.kind}`)}</span>
        {customer ? <span>{t("forCustomer", { name: customer })}</span> : null}
        <span className={`ml-auto rounded-full px-3 py-1 text-sm font-semibold ${tone}`}>{status}</span>
      </div>
      {what ? <p className="text-slate-700">{what}</p> : null}
      {record.kind === "order" && record.status !== "sent" ? <p className="text-sm text-amber-900">{t("provisional")}</p> : null}
      {record.status === "sent" && record.result?.orderNumber ? (
        <p className="text-lg font-bold text-emerald-900" data-testid="outbox-order-number">
          {t("orderPlaced", { number: record.result.orderNumber })}
        </p>
      ) : null}
      {record.status === "sent" && record.kind === "customer" ? <p>{record.result?.note ? t("customerExisting") : t("customerSaved")}</p> : null}
      {record.status === "attention" && problem ? <EntryProblem record={record} payload={payload} problem={problem} /> : null}
      {record.status !== "sent" ? (
        <Button variant="ghost" className="self-start text-red-800" onClick={() => window.confirm(t("confirmDiscard")) && void discard(record.id)}>
          {t("discard")}
        </Button>
      ) : null}
    </li>
  );
}
