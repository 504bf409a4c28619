import "server-only";
import { eq } from "drizzle-orm";
import { actorKey, type Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { orderLines, orders } from "@/lib/db/schema";
import { runIdempotent, type IdempotentResult } from "@/lib/api/idempotency";
import { recordUsageBy } from "@/lib/domain/usage/record-usage";
import { AppError, errors } from "@/lib/errors";
import { applyLineTransition, refreshOrderStatus } from "./apply-line-transition";
import { loadOrderDetail } from "./load-order-detail";
import { cancellableLines } from "./rules";
import type { CancelInput, OrderDetail } from "./schemas";
import { boundLockWaits } from "./stock-moves";

export const CANCEL_ORDER_SCOPE = "POST /orders/cancel";

/**
 * Cancels an order (or some of its lines) and gives the reserved units back, once per Idempotency-Key.
 * Refused with a clear 409 once anything has shipped: that is a return, not a cancel.
 */
export async function cancelOrder(
  db: Db,
  actor: Actor,
  orderId: string,
  input: CancelInput,
  opts: { idempotencyKey: string },
): Promise<IdempotentResult<OrderDetail>> {
  return runIdempotent(db, { actorKey: actorKey(actor), key: opts.idempotencyKey, scope: CANCEL_ORDER_SCOPE, body: { orderId, ...input } }, async (tx) => {
    await boundLockWaits(tx);
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) throw errors.notFound("That order");
    const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, orderId));
    let targets: typeof lines;
    if (input.lineIds) {
      targets = input.lineIds.map((id) => {
        const line = lines.find((l) => l.id === id);
        if (!line) throw errors.notFound("That order line");
        if (line.kind !== "ship" || (line.status !== "placed" && line.status !== "picking")) {
          throw new AppError("conflict", "That line has already left the store (or was sold at the till), so it cannot be cancelled.", 409);
        }
        return line;
      });
    } else {
      const r = cancellableLines(lines);
      if (!r.ok) throw new AppError("conflict", r.reason, 409);
      targets = r.lines;
    }
    // Same (variant, store) order as reservations, so a cancel never deadlocks with an order.
    targets.sort((a, b) => a.variantId - b.variantId || a.sourceStoreId - b.sourceStoreId);
    for (const line of targets) await applyLineTransition(tx, actor, order, line, "cancelled", { note: input.reason ?? "" });
    const status = await refreshOrderStatus(tx, actor, order);
    await recordUsageBy(tx, actor, "order_cancelled", { orderId, lines: targets.length, whole: status === "cancelled" });
    return { status: 200, body: (await loadOrderDetail(tx, orderId, { withContact: false }))! };
  });
}
