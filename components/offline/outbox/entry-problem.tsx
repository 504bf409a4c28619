"use client";

import { useLocale, useTranslations } from "use-intl";
import { formatPromise } from "@/lib/i18n/format";
import { formatPrice } from "@/lib/i18n/format";
import { recordConsentsFor } from "@/lib/offline/outbox/drain";
import { markSent, retryWithPayload } from "@/lib/offline/outbox/store";
import type { OutboxRecord, PayloadOf, Problem } from "@/lib/offline/outbox/types";
import { Button } from "@/components/ui/button";

type Props = { record: OutboxRecord; payload: unknown; problem: Problem };

/** A refused entry, with what the associate can do about it: never a silent drop. */
export function EntryProblem({ record, payload, problem }: Props) {
  const t = useTranslations("outbox.problem");
  const locale = useLocale();
  const order = payload as PayloadOf["order"];
  const retry = (next: unknown) => retryWithPayload(record, next as never);

  if (problem.code === "out_of_stock") {
    const alternatives = problem.lines.flatMap((l) => l.alternatives.map((a) => ({ index: l.index, a })));
    return (
      <div className="flex flex-col gap-2">
        <p>{t("outOfStock", { message: problem.message })}</p>
        {alternatives.length === 0 ? <p>{t("noAlternative")}</p> : null}
        {alternatives.map(({ index, a }) => (
          <Button
            key={`${index}-${a.storeId}`}
            variant="secondary"
            className="justify-start py-2 text-left"
            onClick={() =>
              retry({
                ...order,
                body: { ...order.body, lines: order.body.lines.map((l, i) => (i === index && l.kind === "ship" ? { ...l, source: a.storeId } : l)) },
                labels: order.labels.map((l, i) => (i === index ? { ...l, sourceName: a.name } : l)),
              })
            }
          >
            {t("useSource", { store: a.name, available: a.available, date: formatPromise(a.promiseDate, locale) })}
          </Button>
        ))}
      </div>
    );
  }
  if (problem.code === "price_changed") {
    const first = problem.lines[0];
    return (
      <div className="flex flex-col gap-2">
        <p>{t("priceChanged", { before: formatPrice(first?.before ?? 0, locale), after: formatPrice(first?.after ?? 0, locale) })}</p>
        <Button
          variant="secondary"
          onClick={() => retry({ ...order, labels: order.labels.map((l, i) => ({ ...l, priceCents: problem.lines.find((p) => p.index === i)?.after ?? l.priceCents })) })}
        >
          {t("acceptPrice")}
        </Button>
      </div>
    );
  }
  if (problem.code === "duplicates") {
    const capture = payload as PayloadOf["customer"];
    return (
      <div className="flex flex-col gap-2">
        <p>{t("duplicates")}</p>
        <ul className="flex flex-col gap-2">
          {problem.candidates.map((d) => (
            <li key={d.customer.id} className="flex flex-wrap items-center gap-3">
              <span className="font-semibold">
                {d.customer.firstName} {d.customer.lastName}
              </span>
              <span className="text-slate-700">{[d.customer.phoneMasked, d.customer.emailMasked].filter(Boolean).join(" · ")}</span>
              <Button
                variant="secondary"
                onClick={async () => {
                  await markSent(record.id, { customerId: d.customer.id, note: "picked" });
                  await recordConsentsFor(record, capture, d.customer.id, Date.now());
                }}
              >
                {t("useThis")}
              </Button>
            </li>
          ))}
        </ul>
        <Button variant="secondary" onClick={() => retry({ ...capture, confirmNotDuplicate: true })}>
          {t("notDuplicate")}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <p>{t("refused", { message: problem.message })}</p>
      <Button variant="secondary" onClick={() => retry(payload)}>
        {t("tryAgain")}
      </Button>
    </div>
  );
}
