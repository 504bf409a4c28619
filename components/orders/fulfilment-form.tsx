"use client";

import { useTranslations } from "use-intl";
import { writeBasket, type AddressDraft, type Basket } from "@/lib/basket/basket-store";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

const setAddress = (patch: Partial<AddressDraft>) => writeBasket((b) => ({ ...b, address: { ...b.address, ...patch } }));

/** Delivery to an address in Spain, or pickup at a chosen store. */
export function FulfilmentForm({ basket, stores, workingStoreId, errors }: { basket: Basket; stores: { id: number; name: string }[]; workingStoreId: number; errors: Record<string, string> }) {
  const t = useTranslations("order");
  const a = basket.address;
  const e = (k: string) => errors[`fulfilment.address.${k}`];
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex gap-3">
        <legend className="sr-only">{t("howToReceive")}</legend>
        {(["delivery", "pickup"] as const).map((kind) => (
          <label key={kind} className={`flex min-h-12 flex-1 cursor-pointer items-center gap-3 rounded-xl border px-4 ${basket.fulfilment === kind ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-300"}`}>
            <input type="radio" name="fulfilment" className="h-5 w-5" checked={basket.fulfilment === kind} onChange={() => writeBasket((b) => ({ ...b, fulfilment: kind }))} />
            <span className="text-base font-semibold">{kind === "delivery" ? t("deliveryToHome") : t("pickupAtStore")}</span>
          </label>
        ))}
      </fieldset>
      {basket.fulfilment === "delivery" ? (
        <div className="grid grid-cols-2 gap-3">
          <Field className="col-span-2" label={t("recipient")} value={a.name} onChange={(ev) => setAddress({ name: ev.target.value })} error={e("name")} autoComplete="off" />
          <Field className="col-span-2" label={t("line1")} value={a.line1} onChange={(ev) => setAddress({ line1: ev.target.value })} error={e("line1")} autoComplete="off" />
          <Field className="col-span-2" label={t("line2")} value={a.line2} onChange={(ev) => setAddress({ line2: ev.target.value })} error={e("line2")} autoComplete="off" />
          <Field label={t("postcode")} inputMode="numeric" maxLength={5} value={a.postcode} onChange={(ev) => setAddress({ postcode: ev.target.value })} error={e("postcode")} autoComplete="off" />
          <Field label={t("city")} value={a.city} onChange={(ev) => setAddress({ city: ev.target.value })} error={e("city")} autoComplete="off" />
          <Field label={t("deliveryPhone")} type="tel" value={a.phone} onChange={(ev) => setAddress({ phone: ev.target.value })} error={e("phone")} autoComplete="off" />
        </div>
      ) : (
        <SelectField
          label={t("pickupStore")}
          value={basket.pickupStoreId ?? workingStoreId}
          onChange={(ev) => writeBasket((b) => ({ ...b, pickupStoreId: Number(ev.target.value) }))}
          options={stores.map((s) => ({ value: s.id, label: s.name }))}
        />
      )}
    </div>
  );
}
