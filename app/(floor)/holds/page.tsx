import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { workingStoreId } from "@/lib/auth/scope";
import { listHolds } from "@/lib/domain/holds/list-holds";
import { getT } from "@/lib/i18n/server";
import { HoldCard } from "@/components/orders/hold-card";
import { PickStore } from "@/components/shell/pick-store";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("holds.title") };
}

/** Units this store has held elsewhere (or holds for others): convert in one tap, or release. */
export default async function HoldsPage() {
  const actor = await requirePageActor("hold:create");
  const storeId = workingStoreId(actor);
  if (storeId == null) return <PickStore />;
  const t = await getT();
  const holds = await listHolds(await getDb(), actor, storeId);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("holds.title")}</h1>
      {holds.length === 0 ? <p className="rounded-2xl bg-white p-6 ring-1 ring-slate-200">{t("holds.empty")}</p> : null}
      <ul className="flex flex-col gap-3">
        {holds.map((h) => (
          <li key={h.id}>
            <HoldCard hold={h} />
          </li>
        ))}
      </ul>
    </div>
  );
}
