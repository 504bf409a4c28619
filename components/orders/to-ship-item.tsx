"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import type { ToShipItem } from "@/lib/domain/orders/schemas";
import { advanceLineAction } from "@/lib/domain/orders/actions";
import { formatPromise } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

/** One line to send: simple steps, no bins: picked, packed, shipped with carrier and tracking. */
export function ToShipItemCard({ item, locale }: { item: ToShipItem; locale: string }) {
  const t = useTranslations("toShip");
  const router = useRouter();
  const [carrier, setCarrier] = useState("");
  const [tracking, setTracking] = useState("");
  const [error, setError] = useState<{ message: string; fields?: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);

  async function step(s: "pick" | "pack" | "ship" | "pickup", e?: FormEvent) {
    e?.preventDefault();
    setBusy(true);
    const res = await advanceLineAction({ orderId: item.orderId, lineId: item.lineId, step: s, carrier: carrier || undefined, trackingNumber: tracking || undefined });
    setBusy(false);
    if (res.ok) {
      setError(null);
      router.refresh();
    } else setError(res.error);
  }

  return (
    <article aria-label={t("order", { number: item.orderNumber, name: item.customerFirstName })} className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 className="text-lg font-semibold">{t("order", { number: item.orderNumber, name: item.customerFirstName })}</h2>
        {item.promiseDate ? <span className="text-slate-700">{t("due", { date: formatPromise(item.promiseDate, locale) })}</span> : null}
      </div>
      <p className="text-xl">
        {item.variant.styleName} · {item.variant.colour} · {item.variant.size}
        {item.qty > 1 ? ` × ${item.qty}` : ""}
      </p>
      <p className="font-mono text-sm text-slate-700">
        {item.variant.sku} · {item.variant.ean}
      </p>
      <p className="text-slate-700">{t("destination", { destination: item.destination })}</p>
      <div className="flex flex-wrap items-end gap-3">
        {item.status === "placed" ? (
          <Button disabled={busy} onClick={() => step("pick")}>
            {t("pick")}
          </Button>
        ) : null}
        {item.status === "picking" && !item.packed ? (
          <Button variant="secondary" disabled={busy} onClick={() => step("pack")}>
            {t("pack")}
          </Button>
        ) : null}
        {item.packed ? <span className="rounded-full bg-emerald-100 px-3 py-1 font-semibold text-emerald-900">{t("packed")}</span> : null}
        {item.status === "picking" && item.nextStatuses.includes("shipped") ? (
          <form onSubmit={(e) => step("ship", e)} className="flex flex-wrap items-end gap-3">
            <Field label={t("carrier")} value={carrier} onChange={(e) => setCarrier(e.target.value)} error={error?.fields?.carrier} />
            <Field label={t("tracking")} value={tracking} onChange={(e) => setTracking(e.target.value)} error={error?.fields?.trackingNumber} />
            <Button type="submit" disabled={busy}>
              {t("ship")}
            </Button>
          </form>
        ) : null}
        {item.nextStatuses.includes("picked_up") ? (
          <Button variant="secondary" disabled={busy} onClick={() => step("pickup")}>
            {t("pickup")}
          </Button>
        ) : null}
      </div>
      {error && !error.fields ? <Alert>{error.message}</Alert> : null}
    </article>
  );
}
