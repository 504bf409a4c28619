import "server-only";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getStoreSummary } from "@/lib/domain/stores/queries";
import { listStoreAssociates } from "@/lib/domain/staff/queries";

/** What the top bar needs: the store being worked in and, on a tablet, who can switch in. */
export async function loadShell(actor: Actor) {
  const db = await getDb();
  const storeId = actor.deviceStoreId ?? actor.storeId;
  const store = storeId != null ? await getStoreSummary(db, storeId) : null;
  const associates = actor.deviceStoreId != null ? await listStoreAssociates(db, actor.deviceStoreId) : [];
  return { storeName: store?.name ?? null, associates };
}
