"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { zodFields } from "@/lib/api/error-response";
import { newCustomerSchema, type NewCustomerInput } from "@/lib/domain/customers/schemas";
import { placeOrderInputSchema } from "@/lib/domain/orders/schemas";
import { enqueue } from "@/lib/offline/outbox/store";
import type { PayloadOf } from "@/lib/offline/outbox/types";
import { setUnsaved } from "@/lib/pwa/unsaved-work";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { OfflineItemPicker, type PickedItem } from "./offline-item-picker";

export type CapturedOffline = { entryId: string; contact: NewCustomerInput };
type Address = { name: string; line1: string; line2: string; city: string; postcode: string; phone: string };
const NO_ADDRESS: Address = { name: "", line1: "", line2: "", city: "", postcode: "", phone: "" };
const NO_CONTACT = { firstName: "", lastName: "", phone: "", email: "" };
// Any UUID stands in for a customer captured offline while validating: the real id is known once the capture is sent.
const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

/**
 * An order to home taken with no network: item and source from the snapshot, the customer just captured offline
 * (the order waits for that capture and uses the id the server gives it) or typed here, and an address checked by
 * the same rules as online. Kept in the outbox as provisional: stock and price are checked again before placing.
 */
export function OfflineOrderForm({ userId, captured }: { userId: string; captured: CapturedOffline[] }) {
  const t = useTranslations("outbox.offline");
  const [item, setItem] = useState<PickedItem | null>(null);
  // A new round remounts the item picker: the next order starts from the search box.
  const [round, setRound] = useState(0);
  const [who, setWho] = useState<string>("typed");
  const [contact, setContact] = useState(NO_CONTACT);
  const [address, setAddress] = useState<Address>(NO_ADDRESS);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const linked = captured.find((c) => c.entryId === who);
  const dirty = () => setUnsaved("offline-order", true);

  async function keep(e: FormEvent) {
    e.preventDefault();
    if (!item) return setMessage({ tone: "error", text: t("chooseItem") });
    const typed = { firstName: contact.firstName, lastName: contact.lastName || undefined, phone: contact.phone || undefined, email: contact.email || undefined };
    const fulfilment = {
      kind: "delivery" as const,
      address: { name: address.name, line1: address.line1, line2: address.line2 || undefined, city: address.city, postcode: address.postcode.trim(), country: "ES" as const, phone: address.phone || undefined },
    };
    const lines = [{ kind: "ship" as const, variantId: item.variant.id, qty: 1, source: item.source.id }];
    const check = placeOrderInputSchema.safeParse({ customer: linked ? { id: PLACEHOLDER_ID } : typed, fulfilment, lines });
    const contactCheck = linked ? null : newCustomerSchema.safeParse(typed);
    if (!check.success || (contactCheck && !contactCheck.success)) {
      setFields({ ...(check.success ? {} : zodFields(check.error)), ...(contactCheck && !contactCheck.success ? prefixed(zodFields(contactCheck.error)) : {}) });
      return setMessage({ tone: "error", text: t("fixFields") });
    }
    const payload: PayloadOf["order"] = {
      body: { fulfilment, lines, ...(linked ? {} : { customer: typed }) },
      contact: linked ? linked.contact : typed,
      labels: [{ styleName: item.style.name, colour: item.variant.colour, size: item.variant.size, sku: item.variant.sku, priceCents: item.variant.priceCents, sourceName: item.source.name }],
      provisional: true,
    };
    await enqueue("order", { userId, payload, dependsOn: linked?.entryId ?? null });
    setFields({});
    setItem(null);
    setRound((r) => r + 1);
    setAddress(NO_ADDRESS);
    setContact(NO_CONTACT);
    setMessage({ tone: "success", text: t("orderQueued") });
    setUnsaved("offline-order", false);
  }

  const a = (k: keyof Address) => ({ value: address[k], onChange: (e: { target: { value: string } }) => (setAddress((x) => ({ ...x, [k]: e.target.value })), dirty()), error: fields[`fulfilment.address.${k}`] });
  const c = (k: keyof typeof NO_CONTACT) => ({ value: contact[k], onChange: (e: { target: { value: string } }) => (setContact((x) => ({ ...x, [k]: e.target.value })), dirty()), error: fields[`customer.${k}`] });
  return (
    <section aria-labelledby="offline-order-title" className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="offline-order-title" className="text-2xl font-semibold">
        {t("orderTitle")}
      </h2>
      <p className="rounded-lg bg-amber-100 px-3 py-2 font-semibold text-amber-950">{t("orderHint")}</p>
      <OfflineItemPicker key={round} onPick={(picked) => (setItem(picked), picked && setMessage(null))} />
      <form noValidate onSubmit={keep} className="flex flex-col gap-4">
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-lg font-semibold">{t("customer")}</legend>
          <SelectField
            label={t("customer")}
            value={linked ? who : "typed"}
            onChange={(e) => setWho(e.target.value)}
            options={[...captured.map((x) => ({ value: x.entryId, label: t("customerCaptured", { name: [x.contact.firstName, x.contact.lastName].filter(Boolean).join(" ") }) })), { value: "typed", label: t("customerTyped") }]}
          />
          {linked ? null : (
            <div className="grid gap-3 md:grid-cols-2">
              <Field label={t("firstName")} autoComplete="off" {...c("firstName")} />
              <Field label={t("lastName")} autoComplete="off" {...c("lastName")} />
              <Field label={t("mobile")} type="tel" inputMode="tel" autoComplete="off" {...c("phone")} />
              <Field label={t("email")} type="email" autoComplete="off" {...c("email")} />
            </div>
          )}
        </fieldset>
        <fieldset className="grid gap-3 md:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold">{t("address")}</legend>
          <Field label={t("recipient")} autoComplete="off" {...a("name")} />
          <Field label={t("line1")} autoComplete="off" {...a("line1")} />
          <Field label={t("line2")} autoComplete="off" {...a("line2")} />
          <Field label={t("city")} autoComplete="off" {...a("city")} />
          <Field label={t("postcode")} inputMode="numeric" autoComplete="off" {...a("postcode")} />
          <Field label={t("phone")} type="tel" inputMode="tel" autoComplete="off" {...a("phone")} />
        </fieldset>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <Button type="submit">{t("placeOrder")}</Button>
      </form>
    </section>
  );
}

function prefixed(f: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [`customer.${k}`, v]));
}
