import "server-only";
import { and, desc, eq, gt, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customers, holds, settings, stores, styles, variants } from "@/lib/db/schema";
import { DEFAULT_HOLD_MINUTES, effectiveHoldStatus } from "./rules";
import type { HoldDto } from "./schemas";

/** Holds as the tablet shows them, with expiry applied on read. */
export async function loadHolds(db: DbOrTx, where: SQL, now: Date, limit = 200): Promise<HoldDto[]> {
  const rows = await db
    .select({
      hold: holds,
      variant: { variantId: variants.id, styleId: variants.styleId, colour: variants.colour, size: variants.size, sku: variants.sku, ean: variants.ean },
      styleName: styles.name,
      store: { id: stores.id, code: stores.code, name: stores.name, city: stores.city },
      customer: { id: customers.id, firstName: customers.firstName },
    })
    .from(holds)
    .innerJoin(variants, eq(variants.id, holds.variantId))
    .innerJoin(styles, eq(styles.id, variants.styleId))
    .innerJoin(stores, eq(stores.id, holds.storeId))
    .leftJoin(customers, eq(customers.id, holds.customerId))
    .where(where)
    .orderBy(desc(holds.createdAt))
    .limit(limit);
  return rows.map(({ hold, variant, styleName, store, customer }) => ({
    id: hold.id,
    variant: { ...variant, styleName },
    atStore: store,
    requestedByStoreId: hold.requestedByStoreId,
    qty: hold.qty,
    kind: hold.kind,
    status: effectiveHoldStatus(hold, now),
    customer: customer?.id ? { id: customer.id, firstName: customer.firstName } : null,
    orderId: hold.orderId,
    createdAt: hold.createdAt.toISOString(),
    expiresAt: hold.expiresAt.toISOString(),
    closedAt: hold.closedAt?.toISOString() ?? null,
  }));
}

export async function loadHold(db: DbOrTx, holdId: string, now: Date): Promise<HoldDto | null> {
  return (await loadHolds(db, eq(holds.id, holdId), now, 1))[0] ?? null;
}

/** A store's live holds: units it holds for others and units it asked others to hold. */
export function activeHoldsOf(storeId: number, now: Date): SQL {
  return and(eq(holds.status, "active"), gt(holds.expiresAt, now), or(eq(holds.storeId, storeId), eq(holds.requestedByStoreId, storeId)))!;
}


/** The chain's default hold length (settings.hold_minutes), 30 when unset or unreadable. */
export async function defaultHoldMinutes(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "hold_minutes")).limit(1);
  const n = Number(row?.value);
  return Number.isInteger(n) && n >= 5 && n <= 240 ? n : DEFAULT_HOLD_MINUTES;
}
