import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/client";
import { orderEvents, orderLines, orders } from "@/lib/db/schema";
import { AppError, errors } from "@/lib/errors";
import { confinedStoreId } from "./acting-store";
import { applyLineTransition, refreshOrderStatus } from "./apply-line-transition";
import { loadOrderDetail, PACKED_NOTE } from "./load-order-detail";
import type { LineStatusInput, OrderDetail } from "./schemas";
import { boundLockWaits } from "./stock-moves";

type OrderRow = typeof orders.$inferSelect;
type LineRow = typeof orderLines.$inferSelect;

/**
 * A status event for one line, from the source store's tablet (pick, pack, ship), the pickup store (picked up)
 * or the retailer's systems. Repeating the line's current status is a no-op, so integrators can resend events.
 */
export async function changeLineStatus(db: Db, actor: Actor, orderId: string, lineId: string, input: LineStatusInput): Promise<OrderDetail> {
  await db.transaction(async (tx) => {
    await boundLockWaits(tx);
    // The order row lock serialises status changes of one order, so its derived status is never stale.
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    const [line] = order ? await tx.select().from(orderLines).where(and(eq(orderLines.id, lineId), eq(orderLines.orderId, orderId))) : [];
    if (!order || !line) throw errors.notFound("That order line");
    assertMayChange(actor, input.status, order, line);
    if (input.status === "packed") return markPacked(tx, actor, order, line);
    if (line.status === input.status) return;
    await applyLineTransition(tx, actor, order, line, input.status, { carrier: input.carrier, trackingNumber: input.trackingNumber, note: input.note });
    await refreshOrderStatus(tx, actor, order);
  });
  return (await loadOrderDetail(db, orderId, { withContact: false }))!;
}

/** Packing is a recorded step within picking; it needs the line picked first. */
async function markPacked(tx: Tx, actor: Actor, order: OrderRow, line: LineRow) {
  if (line.status !== "picking") throw new AppError("conflict", "Pick the item before packing it.", 409);
  const [already] = await tx.select({ id: orderEvents.id }).from(orderEvents).where(and(eq(orderEvents.lineId, line.id), eq(orderEvents.note, PACKED_NOTE))).limit(1);
  if (already) return;
  await tx.insert(orderEvents).values({ orderId: order.id, lineId: line.id, status: "picking", note: PACKED_NOTE, userId: actorUserId(actor), at: sql`clock_timestamp()` });
}

/** Who may report what: the source store picks and ships, the pickup store hands over; chain-wide callers anything. */
function assertMayChange(actor: Actor, to: LineStatusInput["status"], order: OrderRow, line: LineRow) {
  const store = confinedStoreId(actor);
  if (store == null) return;
  const allowed: Record<LineStatusInput["status"], number[]> = {
    picking: [line.sourceStoreId],
    packed: [line.sourceStoreId],
    shipped: [line.sourceStoreId],
    picked_up: [order.pickupStoreId ?? line.sourceStoreId],
    delivered: [line.sourceStoreId, order.storeId],
    cancelled: [line.sourceStoreId, order.storeId],
  };
  if (!allowed[to].includes(store)) throw errors.forbidden("Another store handles this step of the order.");
}
