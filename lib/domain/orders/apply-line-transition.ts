import "server-only";
import { eq, sql } from "drizzle-orm";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { orderEvents, orderLines, orders, type OrderStatus } from "@/lib/db/schema";
import { recordUsageBy } from "@/lib/domain/usage/record-usage";
import { AppError } from "@/lib/errors";
import { canMoveLine, deriveOrderStatus, nextLineStatuses, stockEffect, type LineContext } from "./rules";
import { consumeReservation, releaseReservation } from "./stock-moves";

type OrderRow = typeof orders.$inferSelect;
type LineRow = typeof orderLines.$inferSelect;

export function lineContext(order: Pick<OrderRow, "fulfilment" | "pickupStoreId">, line: Pick<LineRow, "kind" | "sourceStoreId">): LineContext {
  return { kind: line.kind, fulfilment: order.fulfilment, sameStorePickup: order.fulfilment === "pickup" && order.pickupStoreId === line.sourceStoreId };
}

/**
 * Moves one line to `to` inside the caller's transaction (the order row is locked by the caller): checks the
 * transition, moves the stock it implies, records the line event. Call refreshOrderStatus afterwards.
 */
export async function applyLineTransition(
  tx: Tx,
  actor: Actor,
  order: OrderRow,
  line: LineRow,
  to: OrderStatus,
  extra: { carrier?: string; trackingNumber?: string; note?: string } = {},
): Promise<void> {
  const ctx = lineContext(order, line);
  if (!canMoveLine(line.status, to, ctx)) {
    throw new AppError("conflict", `This line is ${line.status.replace("_", " ")} and cannot become ${to.replace("_", " ")}.`, 409, undefined, undefined, {
      from: line.status,
      to,
      allowed: nextLineStatuses(line.status, ctx),
    });
  }
  const effect = stockEffect(line.status, to);
  if (effect === "release") await releaseReservation(tx, line.variantId, line.sourceStoreId, line.qty);
  if (effect === "consume") await consumeReservation(tx, line.variantId, line.sourceStoreId, line.qty);
  await tx
    .update(orderLines)
    .set({
      status: to,
      ...(effect === "release" ? { releasedStock: true } : {}),
      ...(to === "shipped" ? { carrier: extra.carrier ?? null, trackingNumber: extra.trackingNumber ?? null } : {}),
    })
    .where(eq(orderLines.id, line.id));
  const note = extra.note ?? (to === "shipped" && extra.carrier ? `${extra.carrier} ${extra.trackingNumber ?? ""}`.trim() : "");
  await tx.insert(orderEvents).values({ orderId: order.id, lineId: line.id, status: to, note, userId: actorUserId(actor), at: sql`clock_timestamp()` });
  await recordUsageBy(tx, actor, "order_status", { orderId: order.id, lineId: line.id, from: line.status, to });
}

/** Re-derives the order's status from its lines; a change is its own event in the feed. */
export async function refreshOrderStatus(tx: Tx, actor: Actor, order: OrderRow): Promise<OrderStatus> {
  const lines = await tx.select({ status: orderLines.status }).from(orderLines).where(eq(orderLines.orderId, order.id));
  const status = deriveOrderStatus(lines);
  if (status !== order.status) {
    await tx.update(orders).set({ status, updatedAt: sql`now()` }).where(eq(orders.id, order.id));
    await tx.insert(orderEvents).values({ orderId: order.id, status, note: "", userId: actorUserId(actor), at: sql`clock_timestamp()` });
  } else {
    await tx.update(orders).set({ updatedAt: sql`now()` }).where(eq(orders.id, order.id));
  }
  return status;
}
