import type { OrderDetail } from "@/lib/domain/orders/schemas";
import { formatPromise } from "@/lib/i18n/format";
import { formatPrice } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";

/** Large and plain: this is the screen the associate turns toward the customer. */
export async function OrderSummaryCard({ order, placed, locale }: { order: OrderDetail; placed: boolean; locale: string }) {
  const t = await getT();
  return (
    <section aria-labelledby="order-title" className="flex flex-col gap-5 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      {placed ? <p className="text-lg font-semibold text-emerald-800">{t("orders.placedTitle")}</p> : null}
      <h1 id="order-title" className="text-4xl font-bold tracking-wide" data-testid="order-number">
        {t("orders.orderNumber", { number: order.number })}
      </h1>
      <p className="text-lg text-slate-700">
        {t("orders.forCustomer", { name: order.customer.firstName })} · {t(`orders.status.${order.status}`)}
      </p>
      {order.promiseDate && order.status !== "cancelled" ? (
        <p className="text-3xl font-bold text-brand-800" data-testid="order-promise">
          {order.fulfilment === "pickup" && order.pickupStore
            ? t("orders.readyForPickup", { date: formatPromise(order.promiseDate, locale), store: order.pickupStore.name })
            : t("orders.arrives", { date: formatPromise(order.promiseDate, locale) })}
        </p>
      ) : null}
      {placed && order.emailQueued ? <p className="text-base text-slate-700">{t("orders.emailQueued")}</p> : null}
      <ul className="flex flex-col divide-y divide-slate-200">
        {order.lines.map((l) => (
          <li key={l.id} className="flex flex-wrap items-center gap-3 py-3">
            <span className="min-w-0 flex-1">
              <span className="block text-lg font-semibold">
                {l.variant.styleName} · {l.variant.colour} · {l.variant.size}
                {l.qty > 1 ? ` × ${l.qty}` : ""}
              </span>
              <span className="block text-sm text-slate-700">
                {l.kind === "take_now" ? t("order.takenNow") : t("orders.from", { store: l.source.name })} · {t(`orders.status.${l.status}`)}
                {l.carrier && l.trackingNumber ? ` · ${t("orders.tracking", { carrier: l.carrier, tracking: l.trackingNumber })}` : ""}
              </span>
            </span>
            <span className="font-semibold">{formatPrice(l.unitPriceCents * l.qty, locale)}</span>
          </li>
        ))}
      </ul>
      <p className="flex justify-between text-xl">
        <span>{t("orders.total")}</span>
        <span className="font-bold">{formatPrice(order.totalCents, locale)}</span>
      </p>
    </section>
  );
}
