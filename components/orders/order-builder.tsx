"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "use-intl";
import { clearBasket, useBasket } from "@/lib/basket/basket-store";
import { placeOrderAction } from "@/lib/domain/orders/actions";
import { enqueue } from "@/lib/offline/outbox/enqueue-lazily";
import { submitOrQueue } from "@/lib/offline/outbox/queue-if-offline";
import { emitToolEvent } from "@/lib/flows/tool-events";
import type { OutOfStockDetails } from "@/lib/domain/orders/schemas";
import { formatPromise } from "@/lib/i18n/format";
import { formatPrice } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { basketCustomer, basketFulfilment, basketLines } from "./basket-payload";
import { CustomerPicker } from "./customer-picker";
import { FulfilmentForm } from "./fulfilment-form";
import { OrderLines, type LineTrouble } from "./order-lines";
import { useQuote } from "./use-quote";

type Props = { workingStoreId: number; stores: { id: number; name: string }[] };

/** Items, customer, delivery, promise date, confirm. Everything typed survives reloads until the order is placed. */
export function OrderBuilder({ workingStoreId, stores }: Props) {
  const t = useTranslations("order");
  const locale = useLocale();
  const router = useRouter();
  const basket = useBasket();
  const { quote, error: quoteError } = useQuote(basket, workingStoreId);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [troubles, setTroubles] = useState<Record<number, LineTrouble>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [queued, setQueued] = useState(false);
  const tOutbox = useTranslations("outbox");

  async function confirm() {
    setBusy(true);
    setMessage(null);
    const input = { customer: basketCustomer(basket), fulfilment: basketFulfilment(basket, workingStoreId), lines: basketLines(basket) };
    // No network: the order goes to the outbox under the basket's key; if this submit did arrive, the resend gets its answer.
    const res = await submitOrQueue(
      () => placeOrderAction({ idempotencyKey: basket.key, ...input }),
      (userId) => enqueue("order", { id: basket.key, userId, sentOnce: true, payload: { body: input, labels: basket.lines.map((l) => l.label), provisional: false } }),
    );
    setBusy(false);
    if (res === "queued") return clearBasket(), setQueued(true);
    if (res.ok) {
      emitToolEvent({ action: "order_to_home", ...(basket.customer.id ? { data: { customerId: basket.customer.id } } : {}) });
      clearBasket();
      router.push(`/orders/${res.data.id}?placed=1`);
      return;
    }
    setFields(res.error.fields ?? {});
    if (res.error.code === "out_of_stock" && res.error.details) {
      const details = res.error.details as OutOfStockDetails;
      setTroubles(Object.fromEntries(details.lines.map((l) => [l.index, { message: res.error.message, alternatives: l.alternatives }])));
    } else setTroubles({});
    setMessage(res.error.fields ? t("fixFields") : res.error.message);
  }

  if (basket.lines.length === 0) {
    return (
      <div className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {queued ? <Alert tone="info" className="mt-2">{tOutbox("queuedOrder")}</Alert> : <p className="mt-2 text-lg text-slate-700">{t("empty")}</p>}
        <Link href="/" className="mt-4 inline-flex min-h-12 items-center rounded-xl bg-brand-700 px-5 font-semibold text-white">
          {t("findItems")}
        </Link>
      </div>
    );
  }

  const card = "rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200";
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <section aria-labelledby="items" className={card}>
          <h2 id="items" className="mb-3 text-xl font-semibold">
            {t("items")}
          </h2>
          <OrderLines lines={basket.lines} quote={quote} troubles={troubles} />
        </section>
        <section aria-labelledby="customer" className={card}>
          <h2 id="customer" className="mb-3 text-xl font-semibold">
            {t("customer")}
          </h2>
          <CustomerPicker customer={basket.customer} errors={fields} />
        </section>
        <section aria-labelledby="receive" className={card}>
          <h2 id="receive" className="mb-3 text-xl font-semibold">
            {t("howToReceive")}
          </h2>
          <FulfilmentForm basket={basket} stores={stores} workingStoreId={workingStoreId} errors={fields} />
        </section>
      </div>
      <aside aria-labelledby="summary" className={`${card} sticky top-40 flex flex-col gap-4`}>
        <h2 id="summary" className="text-xl font-semibold">
          {t("summary")}
        </h2>
        {quote?.promiseDate ? (
          <p className="text-2xl font-bold text-brand-800" data-testid="promise">
            {t("arrives", { date: formatPromise(quote.promiseDate, locale) })}
          </p>
        ) : null}
        {quoteError ? <Alert>{quoteError}</Alert> : null}
        <p className="flex justify-between text-lg">
          <span>{t("total")}</span>
          <span className="font-bold">{formatPrice(quote?.totalCents ?? basket.lines.reduce((s, l) => s + l.label.priceCents * l.qty, 0), locale)}</span>
        </p>
        {message ? <Alert>{message}</Alert> : null}
        <Button onClick={confirm} disabled={busy}>
          {busy ? t("placing") : t("confirm")}
        </Button>
        <Button variant="ghost" onClick={() => window.confirm(t("confirmDiscard")) && clearBasket()}>
          {t("discard")}
        </Button>
      </aside>
    </div>
  );
}
