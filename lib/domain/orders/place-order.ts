import "server-only";
import { actorKey, type Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { runIdempotent, type IdempotentResult } from "@/lib/api/idempotency";
import { actingStoreId } from "./acting-store";
import { createOrder } from "./create-order";
import { loadOrderDetail } from "./load-order-detail";
import { outOfStockError, ReservationFailed } from "./out-of-stock";
import type { OrderDetail, PlaceOrderInput } from "./schemas";

export const PLACE_ORDER_SCOPE = "POST /orders";

/**
 * Places an order once per Idempotency-Key: a double tap or a retry after a lost response gets the first
 * answer back. When a line cannot get its units, nothing is kept and the 409 names the next-best sources;
 * the key is free again for the corrected order.
 */
export async function placeOrder(
  db: Db,
  actor: Actor,
  input: PlaceOrderInput,
  opts: { idempotencyKey: string; now?: Date },
): Promise<IdempotentResult<OrderDetail>> {
  const sellingStoreId = actingStoreId(actor, input.storeId);
  const now = opts.now ?? new Date();
  try {
    return await runIdempotent(db, { actorKey: actorKey(actor), key: opts.idempotencyKey, scope: PLACE_ORDER_SCOPE, body: { ...input, storeId: sellingStoreId } }, async (tx) => {
      const orderId = await createOrder(tx, actor, input, sellingStoreId, { now });
      // The confirmation the associate turns toward the customer: no phone or email on it.
      const detail = await loadOrderDetail(tx, orderId, { withContact: false });
      return { status: 201, body: { ...detail!, address: input.fulfilment.kind === "delivery" ? input.fulfilment.address : null } };
    });
  } catch (e) {
    if (e instanceof ReservationFailed) throw await outOfStockError(db, e, { sellingStoreId, fulfilment: input.fulfilment, lines: input.lines, now });
    throw e;
  }
}
