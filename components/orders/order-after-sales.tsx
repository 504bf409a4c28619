"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { cancelOrderAction, revealOrderContactAction } from "@/lib/domain/orders/actions";
import type { OrderDetail } from "@/lib/domain/orders/schemas";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** After the sale: contact details on request (audited), cancel with release of the reserved units. */
export function OrderAfterSales({ orderId, canCancel, blockedReason }: { orderId: string; canCancel: boolean; blockedReason: string | null }) {
  const t = useTranslations("orders");
  const router = useRouter();
  const [contact, setContact] = useState<OrderDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelKey] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);

  return (
    <section className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      {contact ? (
        <div className="text-base">
          <p className="font-semibold">
            {contact.customer.firstName} {contact.customer.lastName}
          </p>
          {contact.customer.phone ? <p>{contact.customer.phone}</p> : null}
          {contact.customer.email ? <p>{contact.customer.email}</p> : null}
          {contact.address ? (
            <p className="mt-2 text-slate-700">
              {t("deliverTo")}: {contact.address.name}, {contact.address.line1}
              {contact.address.line2 ? `, ${contact.address.line2}` : ""}, {contact.address.postcode} {contact.address.city}
            </p>
          ) : null}
        </div>
      ) : (
        <Button
          variant="secondary"
          onClick={async () => {
            const res = await revealOrderContactAction({ orderId });
            if (res.ok) setContact(res.data);
            else setError(res.error.message);
          }}
        >
          {t("showContact")}
        </Button>
      )}
      {canCancel ? (
        <Button
          variant="danger"
          disabled={busy}
          onClick={async () => {
            if (!window.confirm(t("confirmCancel"))) return;
            setBusy(true);
            const res = await cancelOrderAction({ orderId, idempotencyKey: cancelKey });
            setBusy(false);
            if (res.ok) router.refresh();
            else setError(res.error.message);
          }}
        >
          {t("cancel")}
        </Button>
      ) : blockedReason ? (
        <p className="text-sm text-slate-700">{t("cannotCancel", { reason: blockedReason })}</p>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      <Link href="/" className="inline-flex min-h-12 items-center justify-center rounded-xl px-4 font-semibold text-brand-800 hover:bg-brand-50">
        {t("newOrder")}
      </Link>
    </section>
  );
}
