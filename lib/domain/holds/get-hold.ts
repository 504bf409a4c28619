import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { confinedStoreId } from "@/lib/domain/orders/acting-store";
import { errors } from "@/lib/errors";
import { loadHold } from "./load-hold";
import type { HoldDto } from "./schemas";
import { sweepExpiredHolds } from "./sweep-expired-holds";

/**
 * One hold, seen by the store holding it or the store that asked. A hold read past its time is released
 * right here rather than waiting for the sweeper, and shows as expired either way.
 */
export async function getHold(db: Db, actor: Actor, holdId: string, now = new Date()): Promise<HoldDto> {
  let hold = await loadHold(db, holdId, now);
  if (!hold) throw errors.notFound("That hold");
  const store = confinedStoreId(actor);
  if (store != null && store !== hold.atStore.id && store !== hold.requestedByStoreId) throw errors.forbidden("That hold belongs to other stores.");
  if (hold.status === "expired" && hold.closedAt === null) {
    await sweepExpiredHolds(db, now, { holdIds: [holdId] });
    hold = (await loadHold(db, holdId, now))!;
  }
  return hold;
}
