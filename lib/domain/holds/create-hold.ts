import "server-only";
import { eq } from "drizzle-orm";
import { actorKey, actorUserId, type Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { holds, stores, variants } from "@/lib/db/schema";
import { runIdempotent, type IdempotentResult } from "@/lib/api/idempotency";
import { findOrCreateCustomer } from "@/lib/domain/customers/find-or-create-customer";
import { actingStoreId } from "@/lib/domain/orders/acting-store";
import { outOfStockError, ReservationFailed } from "@/lib/domain/orders/out-of-stock";
import { boundLockWaits, reserveStock } from "@/lib/domain/orders/stock-moves";
import { recordUsageBy } from "@/lib/domain/usage/record-usage";
import { errors } from "@/lib/errors";
import { defaultHoldMinutes, loadHold } from "./load-hold";
import { holdExpiresAt } from "./rules";
import type { HoldDto, HoldInput } from "./schemas";

export const CREATE_HOLD_SCOPE = "POST /holds";

/**
 * Holds units at a store with the same atomic reservation as an order line, once per Idempotency-Key.
 * When the units are gone, the 409 carries the other stores that have them, as for an order.
 */
export async function createHold(db: Db, actor: Actor, input: HoldInput, opts: { idempotencyKey: string; now?: Date }): Promise<IdempotentResult<HoldDto>> {
  const requestedBy = actingStoreId(actor, input.storeId);
  const now = opts.now ?? new Date();
  try {
    return await runIdempotent(db, { actorKey: actorKey(actor), key: opts.idempotencyKey, scope: CREATE_HOLD_SCOPE, body: { ...input, storeId: requestedBy } }, async (tx) => {
      await boundLockWaits(tx);
      const [store] = await tx.select({ active: stores.active, timeZone: stores.timezone }).from(stores).where(eq(stores.id, input.atStoreId));
      if (!store?.active) throw errors.validation("That store is not available.", { atStoreId: "Choose an open store." });
      const [variant] = await tx.select({ active: variants.active }).from(variants).where(eq(variants.id, input.variantId));
      if (!variant?.active) throw errors.validation("This item is not sold any more.", { variantId: "Unknown item." });
      const customer = input.customer ? await findOrCreateCustomer(tx, input.customer, { homeStoreId: requestedBy, createdBy: actorUserId(actor) }) : null;
      const expiresAt = holdExpiresAt({ kind: input.kind, now, minutes: input.minutes, until: input.until, defaultMinutes: await defaultHoldMinutes(tx), timeZone: store.timeZone });
      if (!(await reserveStock(tx, input.variantId, input.atStoreId, input.qty))) {
        throw new ReservationFailed([{ index: 0, variantId: input.variantId, requestedSource: input.atStoreId, triedStoreIds: [input.atStoreId] }]);
      }
      const [hold] = await tx
        .insert(holds)
        .values({
          variantId: input.variantId,
          storeId: input.atStoreId,
          requestedByStoreId: requestedBy,
          qty: input.qty,
          kind: input.kind,
          customerId: customer?.id ?? null,
          createdBy: actorUserId(actor),
          createdAt: now,
          expiresAt,
        })
        .returning({ id: holds.id });
      await recordUsageBy(tx, actor, "hold_placed", { holdId: hold!.id, kind: input.kind, atStoreId: input.atStoreId, minutes: Math.round((expiresAt.getTime() - now.getTime()) / 60_000) });
      return { status: 201, body: (await loadHold(tx, hold!.id, now))! };
    });
  } catch (e) {
    if (!(e instanceof ReservationFailed)) throw e;
    // Alternatives as for an order collected at the asking store: where else, and by when it could be there.
    throw await outOfStockError(db, e, {
      sellingStoreId: requestedBy,
      fulfilment: { kind: "pickup", storeId: requestedBy },
      lines: [{ kind: "ship", variantId: input.variantId, qty: input.qty, source: input.atStoreId }],
      now,
    });
  }
}
