import "server-only";
import { eq } from "drizzle-orm";
import { actorKey, type Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { holds } from "@/lib/db/schema";
import { runIdempotent, type IdempotentResult } from "@/lib/api/idempotency";
import { actingStoreId } from "@/lib/domain/orders/acting-store";
import { createOrder } from "@/lib/domain/orders/create-order";
import { loadOrderDetail } from "@/lib/domain/orders/load-order-detail";
import { boundLockWaits } from "@/lib/domain/orders/stock-moves";
import { placeOrderInputSchema, type OrderDetail } from "@/lib/domain/orders/schemas";
import { recordUsageBy } from "@/lib/domain/usage/record-usage";
import { AppError, errors } from "@/lib/errors";
import type { ConvertHoldInput } from "./schemas";
import { sweepExpiredHolds } from "./sweep-expired-holds";

export const CONVERT_HOLD_SCOPE = "POST /holds/convert";

/**
 * The customer said yes: one tap turns the hold into an order whose line takes over the held reservation
 * (reserved is unchanged: no second reservation, no moment where the unit is free). Once per Idempotency-Key.
 */
export async function convertHold(
  db: Db,
  actor: Actor,
  holdId: string,
  input: ConvertHoldInput,
  opts: { idempotencyKey: string; now?: Date },
): Promise<IdempotentResult<OrderDetail>> {
  const now = opts.now ?? new Date();
  const sellingStoreId = actingStoreId(actor, input.storeId);
  // A hold past its time is released first (and committed), so the refusal below never hides a reservation.
  await sweepExpiredHolds(db, now, { holdIds: [holdId] });
  return runIdempotent(db, { actorKey: actorKey(actor), key: opts.idempotencyKey, scope: CONVERT_HOLD_SCOPE, body: { holdId, ...input, storeId: sellingStoreId } }, async (tx) => {
    await boundLockWaits(tx);
    const [hold] = await tx.select().from(holds).where(eq(holds.id, holdId)).for("update");
    if (!hold) throw errors.notFound("That hold");
    if (hold.status !== "active" || hold.expiresAt <= now) {
      const state = hold.status === "active" ? "expired" : hold.status;
      throw new AppError("conflict", `This hold has ${state === "converted" ? "already become an order" : state === "released" ? "been released" : "expired"}.`, 409, undefined, undefined, {
        holdStatus: state,
        orderId: hold.orderId,
      });
    }
    const customer = input.customer ?? (hold.customerId ? { id: hold.customerId } : null);
    if (!customer) throw errors.validation("Who is the order for?", { customer: "Find or capture the customer." });
    const orderInput = placeOrderInputSchema.parse({
      storeId: sellingStoreId,
      customer,
      fulfilment: input.fulfilment,
      lines: [{ kind: "ship", variantId: hold.variantId, qty: hold.qty, source: hold.storeId }],
    });
    const orderId = await createOrder(tx, actor, orderInput, sellingStoreId, { now, preReserved: new Set([0]) });
    await tx.update(holds).set({ status: "converted", orderId, closedAt: now }).where(eq(holds.id, holdId));
    await recordUsageBy(tx, actor, "hold_converted", { holdId, orderId });
    const detail = (await loadOrderDetail(tx, orderId, { withContact: false }))!;
    return { status: 201, body: { ...detail, address: input.fulfilment.kind === "delivery" ? input.fulfilment.address : null } };
  });
}
