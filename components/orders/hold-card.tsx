"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "use-intl";
import type { HoldDto } from "@/lib/domain/holds/schemas";
import { convertHoldAction, releaseHoldAction } from "@/lib/domain/holds/actions";
import { formatClock } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";

/** A held unit: one tap turns it into a pickup order there (the order keeps the reservation), or release it. */
export function HoldCard({ hold }: { hold: HoldDto }) {
  const t = useTranslations("holds");
  const to = useTranslations("order");
  const locale = useLocale();
  const router = useRouter();
  const [key] = useState(() => crypto.randomUUID());
  const [firstName, setFirstName] = useState("");
  const [phone, setPhone] = useState("");
  const [error, setError] = useState<{ message: string; fields?: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);
  const active = hold.status === "active";

  async function convert() {
    setBusy(true);
    const res = await convertHoldAction({
      holdId: hold.id,
      idempotencyKey: key,
      fulfilment: { kind: "pickup", storeId: hold.atStore.id },
      customer: hold.customer ? undefined : { firstName, phone: phone || undefined },
    });
    setBusy(false);
    if (res.ok) router.push(`/orders/${res.data.id}?placed=1`);
    else setError(res.error);
  }

  return (
    <article className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 className="text-lg font-semibold">
          {hold.variant.styleName} · {hold.variant.colour} · {hold.variant.size}
        </h2>
        <span className="text-slate-700">
          {t("heldAt", { store: hold.atStore.name })} {active ? t("until", { time: formatClock(hold.expiresAt, locale, "Europe/Madrid") }) : ""}
        </span>
        {hold.customer ? <span className="text-slate-700">{t("forCustomer", { name: hold.customer.firstName })}</span> : null}
        <span className="ml-auto rounded-full bg-slate-100 px-3 py-1 text-sm font-semibold">{t(hold.status)}</span>
      </div>
      {active ? (
        <div className="flex flex-wrap items-end gap-3">
          {hold.customer ? null : (
            <>
              <Field label={to("firstName")} value={firstName} onChange={(e) => setFirstName(e.target.value)} error={error?.fields?.["customer.firstName"]} />
              <Field label={to("phone")} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} error={error?.fields?.["customer.phone"]} />
            </>
          )}
          <Button disabled={busy} onClick={convert}>
            {t("convertPickup")}
          </Button>
          <Button
            variant="secondary"
            disabled={busy}
            onClick={async () => {
              const res = await releaseHoldAction({ holdId: hold.id });
              if (res.ok) router.refresh();
              else setError(res.error);
            }}
          >
            {t("release")}
          </Button>
        </div>
      ) : null}
      {error && !error.fields ? <Alert>{error.message}</Alert> : null}
    </article>
  );
}
