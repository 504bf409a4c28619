import type { Metadata } from "next";
import { getDb } from "@/lib/db/client";
import { requirePageActor } from "@/lib/auth/session";
import { workingStoreId } from "@/lib/auth/scope";
import { listStores } from "@/lib/domain/stores/queries";
import { getT } from "@/lib/i18n/server";
import { OrderBuilder } from "@/components/orders/order-builder";
import { PickStore } from "@/components/shell/pick-store";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("order.title") };
}

export default async function OrderPage() {
  const actor = await requirePageActor("order:create");
  const storeId = workingStoreId(actor);
  if (storeId == null) return <PickStore />;
  const stores = await listStores(await getDb());
  return <OrderBuilder workingStoreId={storeId} stores={stores.map((s) => ({ id: s.id, name: s.name }))} />;
}
