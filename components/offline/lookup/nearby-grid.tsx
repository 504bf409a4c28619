"use client";

import { useLocale, useTranslations } from "use-intl";
import { AvailableCell, SizeHead } from "./cells";
import { formatDistance } from "@/lib/i18n/format";
import { openState } from "@/lib/domain/stores/opening-hours";
import { stockAt, variantOf, type SnapshotStyle } from "@/lib/offline/snapshot/read";

/** For one colour: this store, then the nearest stores, by size, with open now (from the hours held) and can ship. */
export function NearbyGrid({ view, colour, size }: { view: SnapshotStyle; colour: string; size?: string }) {
  const t = useTranslations("offlineLookup");
  const locale = useLocale();
  const now = new Date();
  const sizes = view.sizes.filter((s) => variantOf(view, colour, s));
  return (
    <section aria-labelledby="offline-nearby-title" className="flex flex-col gap-2">
      <h4 id="offline-nearby-title" className="text-xl font-semibold">
        {t("nearbyTitle", { colour })}
      </h4>
      <div className="overflow-x-auto">
        <table className="w-full border-separate border-spacing-1 text-center">
          <caption className="sr-only">{t("gridCaption", { colour })}</caption>
          <SizeHead first={t("store")} sizes={sizes} size={size} />
          <tbody>
            {view.stores.map((store) => {
              const open = openState(store.hours, store.timezone, now, store.holidays).open;
              return (
                <tr key={store.id}>
                  <th scope="row" className="min-w-48 py-1 pr-2 text-left align-top text-base font-normal">
                    <span className="block font-semibold">
                      {store.code} · {store.name}
                    </span>
                    <span className="block text-sm text-slate-700">
                      {store.isHere ? t("here") : formatDistance(store.distanceKm, locale)} ·{" "}
                      <span className={open ? "text-emerald-800" : ""}>{open ? t("openNow") : t("closedNow")}</span> ·{" "}
                      {store.canShip ? t("ships") : t("doesNotShip")}
                    </span>
                    {store.isHere ? null : <span className="block text-sm text-slate-700">{t("phone", { phone: store.phone })}</span>}
                  </th>
                  {sizes.map((s) => {
                    const variant = variantOf(view, colour, s)!;
                    const available = stockAt(view, variant.id, store.id)?.available ?? 0;
                    return <AvailableCell key={s} available={available} label={t("gridCellLabel", { store: store.code, size: s, count: available })} marked={s === size} />;
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
