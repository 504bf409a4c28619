import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { assertActsFor } from "@/lib/domain/orders/acting-store";
import { activeHoldsOf, loadHolds } from "./load-hold";
import type { HoldDto } from "./schemas";
import { sweepExpiredHolds } from "./sweep-expired-holds";

/** A store's live holds (held here, or asked for by this store). Sweeps first, so the list never shows a stale one. */
export async function listHolds(db: Db, actor: Actor, storeId: number, now = new Date()): Promise<HoldDto[]> {
  assertActsFor(actor, storeId);
  await sweepExpiredHolds(db, now);
  return loadHolds(db, activeHoldsOf(storeId, now), now);
}
