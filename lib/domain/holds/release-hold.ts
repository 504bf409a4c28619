import "server-only";
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { holds } from "@/lib/db/schema";
import { confinedStoreId } from "@/lib/domain/orders/acting-store";
import { boundLockWaits, releaseReservation } from "@/lib/domain/orders/stock-moves";
import { AppError, errors } from "@/lib/errors";
import { loadHold } from "./load-hold";
import type { HoldDto } from "./schemas";

/**
 * The customer said no: the unit goes back on sale now. Releasing a hold that already expired or was released
 * is a no-op (a retry is safe); one that became an order is refused.
 */
export async function releaseHold(db: Db, actor: Actor, holdId: string, now = new Date()): Promise<HoldDto> {
  await db.transaction(async (tx) => {
    await boundLockWaits(tx);
    const [hold] = await tx.select().from(holds).where(eq(holds.id, holdId)).for("update");
    if (!hold) throw errors.notFound("That hold");
    const store = confinedStoreId(actor);
    if (store != null && store !== hold.storeId && store !== hold.requestedByStoreId) throw errors.forbidden("That hold belongs to other stores.");
    if (hold.status === "converted") throw new AppError("conflict", "This hold became an order; cancel the order instead.", 409);
    if (hold.status !== "active") return;
    await tx.update(holds).set({ status: "released", closedAt: now }).where(eq(holds.id, holdId));
    await releaseReservation(tx, hold.variantId, hold.storeId, hold.qty);
  });
  return (await loadHold(db, holdId, now))!;
}
