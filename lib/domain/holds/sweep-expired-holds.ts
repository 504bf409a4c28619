import "server-only";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { holds } from "@/lib/db/schema";
import { boundLockWaits, releaseReservation } from "@/lib/domain/orders/stock-moves";
import { recordUsage } from "@/lib/domain/usage/record-usage";

/**
 * Releases the reservations of active holds past their time, exactly once each: the rows are locked with
 * SKIP LOCKED (several app instances can sweep side by side, each taking different holds) and only rows
 * still "active" are expired. Returns how many were released.
 */
export async function sweepExpiredHolds(db: Db, now = new Date(), opts: { limit?: number; holdIds?: string[] } = {}): Promise<number> {
  return db.transaction(async (tx) => {
    await boundLockWaits(tx);
    const due = await tx
      .select({ id: holds.id, variantId: holds.variantId, storeId: holds.storeId, qty: holds.qty, requestedByStoreId: holds.requestedByStoreId })
      .from(holds)
      .where(and(eq(holds.status, "active"), lte(holds.expiresAt, now), opts.holdIds ? inArray(holds.id, opts.holdIds) : undefined))
      .orderBy(asc(holds.variantId), asc(holds.storeId))
      .limit(opts.limit ?? 200)
      .for("update", { skipLocked: true });
    if (due.length === 0) return 0;
    await tx.update(holds).set({ status: "expired", closedAt: now }).where(inArray(holds.id, due.map((h) => h.id)));
    for (const h of due) {
      await releaseReservation(tx, h.variantId, h.storeId, h.qty);
      await recordUsage(tx, { userId: null, storeId: h.requestedByStoreId, deviceId: null }, "hold_expired", { holdId: h.id, atStoreId: h.storeId });
    }
    return due.length;
  });
}
