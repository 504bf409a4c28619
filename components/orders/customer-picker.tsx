"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { writeBasket, type CustomerDraft } from "@/lib/basket/basket-store";
import { findCustomerByContactAction } from "@/lib/domain/customers/actions";
import { emitToolEvent } from "@/lib/flows/tool-events";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

type Props = { customer: CustomerDraft; errors: Record<string, string> };

const setCustomer = (patch: Partial<CustomerDraft>) => writeBasket((b) => ({ ...b, customer: { ...b.customer, ...patch } }));

/** Every order has a customer: found by phone or email, or captured here with a first name and a contact. */
export function CustomerPicker({ customer, errors }: Props) {
  const t = useTranslations("order");
  const [lookup, setLookup] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function find() {
    const value = lookup.trim();
    if (!value) return;
    setBusy(true);
    const res = await findCustomerByContactAction(value.includes("@") ? { email: value } : { phone: value });
    setBusy(false);
    if (!res.ok) return setMessage(res.error.fields?.phone ?? res.error.fields?.email ?? res.error.message);
    if (res.data) {
      setCustomer({ id: res.data.id, name: `${res.data.firstName} ${res.data.lastName}`.trim() });
      emitToolEvent({ action: "find_customer", outcome: "customer_found", data: { customerId: res.data.id } });
      setMessage(null);
    } else {
      // Not known yet: carry what was typed into the new-customer fields.
      setCustomer(value.includes("@") ? { email: value } : { phone: value });
      setMessage(t("customerNotFound"));
    }
  }

  if (customer.id) {
    return (
      <div className="flex flex-wrap items-center gap-3 rounded-xl bg-brand-50 px-4 py-3">
        <span className="text-lg font-semibold" data-testid="order-customer">
          {customer.name}
        </span>
        <Button variant="ghost" onClick={() => setCustomer({ id: undefined, name: undefined })}>
          {t("changeCustomer")}
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-end gap-3">
        <Field className="flex-1" label={t("findByContact")} value={lookup} onChange={(e) => setLookup(e.target.value)} autoComplete="off" />
        <Button variant="secondary" onClick={find} disabled={busy || !lookup.trim()}>
          {t("find")}
        </Button>
      </div>
      {message ? (
        <p role="status" className="text-base text-slate-700">
          {message}
        </p>
      ) : null}
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("firstName")} value={customer.firstName} onChange={(e) => setCustomer({ firstName: e.target.value })} error={errors["customer.firstName"]} autoComplete="off" />
        <Field label={t("lastName")} value={customer.lastName} onChange={(e) => setCustomer({ lastName: e.target.value })} error={errors["customer.lastName"]} autoComplete="off" />
        <Field label={t("phone")} type="tel" inputMode="tel" value={customer.phone} onChange={(e) => setCustomer({ phone: e.target.value })} error={errors["customer.phone"]} autoComplete="off" />
        <Field label={t("email")} type="email" value={customer.email} onChange={(e) => setCustomer({ email: e.target.value })} error={errors["customer.email"]} autoComplete="off" />
      </div>
    </div>
  );
}
