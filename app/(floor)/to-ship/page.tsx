import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { workingStoreId } from "@/lib/auth/scope";
import { listToShip } from "@/lib/domain/orders/list-to-ship";
import { getLocale, getT } from "@/lib/i18n/server";
import { ToShipItemCard } from "@/components/orders/to-ship-item";
import { PickStore } from "@/components/shell/pick-store";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("toShip.title") };
}

/** The source store's pick list: pick, pack, ship with carrier and tracking. */
export default async function ToShipPage() {
  const actor = await requirePageActor("order:fulfil");
  const storeId = workingStoreId(actor);
  if (storeId == null) return <PickStore />;
  const t = await getT();
  const items = await listToShip(await getDb(), actor, storeId);
  const locale = await getLocale();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("toShip.title")}</h1>
      {items.length === 0 ? <p className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">{t("toShip.empty")}</p> : null}
      <ul className="flex flex-col gap-3">
        {items.map((item) => (
          <li key={item.lineId}>
            <ToShipItemCard item={item} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  );
}
