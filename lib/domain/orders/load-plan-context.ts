import "server-only";
import { and, between, eq, gt, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { holidays, stock, stores, styles, variants } from "@/lib/db/schema";
import { addDays, localParts } from "@/lib/domain/stores/zoned-time";
import { errors } from "@/lib/errors";
import { stockKey, type FulfilmentInput, type PlanContext, type PlanStore, type PlanVariant } from "./plan-order";

const storeColumns = {
  id: stores.id,
  code: stores.code,
  name: stores.name,
  city: stores.city,
  region: stores.region,
  lat: stores.lat,
  lng: stores.lng,
  timeZone: stores.timezone,
  dispatchCutoff: stores.dispatchCutoff,
  processingDays: stores.processingDays,
  canShip: stores.canShip,
  active: stores.active,
};

// Promise dates look at most a few weeks ahead; the holiday table is small, so a generous window costs nothing.
const HOLIDAY_WINDOW_DAYS = 120;

/**
 * Reads what planning an order needs: the items, every store holding any of them (plus the stores named),
 * their availability, and the holidays ahead. Inside the order's transaction it sees the latest commits.
 */
export async function loadPlanContext(
  db: DbOrTx,
  args: { sellingStoreId: number; fulfilment: FulfilmentInput; lines: readonly { variantId: number; source?: number | "best" }[]; now: Date },
): Promise<PlanContext> {
  const variantIds = [...new Set(args.lines.map((l) => l.variantId))];
  const named = new Set<number>([args.sellingStoreId]);
  if (args.fulfilment.kind === "pickup") named.add(args.fulfilment.storeId);
  for (const l of args.lines) if (typeof l.source === "number") named.add(l.source);
  const namedIds = [...named];
  const today = localParts(args.now, "Europe/Madrid").isoDate;

  // One statement at a time: inside a transaction they share one connection anyway.
  const variantRows = await db
    .select({
      variantId: variants.id,
      styleId: variants.styleId,
      styleName: styles.name,
      colour: variants.colour,
      size: variants.size,
      sku: variants.sku,
      ean: variants.ean,
      priceCents: variants.priceCents,
      active: sql<boolean>`${variants.active} AND ${styles.active}`,
    })
    .from(variants)
    .innerJoin(styles, eq(styles.id, variants.styleId))
    .where(inArray(variants.id, variantIds));
  const stockRows = await db
    .select({ variantId: stock.variantId, storeId: stock.storeId, available: sql<number>`(${stock.onHand} - ${stock.reserved})::int` })
    .from(stock)
    .where(and(inArray(stock.variantId, variantIds), or(gt(sql`${stock.onHand} - ${stock.reserved}`, 0), inArray(stock.storeId, namedIds))));
  const holidayRows = await db
    .select({ day: holidays.day, region: holidays.region })
    .from(holidays)
    .where(and(eq(holidays.country, "ES"), between(holidays.day, addDays(today, -2), addDays(today, HOLIDAY_WINDOW_DAYS))));
  const storeIds = [...new Set([...namedIds, ...stockRows.map((r) => r.storeId)])];
  const storeRows: PlanStore[] = await db.select(storeColumns).from(stores).where(inArray(stores.id, storeIds));
  const storeMap = new Map(storeRows.map((s) => [s.id, s]));
  const sellingStore = storeMap.get(args.sellingStoreId);
  if (!sellingStore?.active) throw errors.notFound("Your store");

  return {
    now: args.now,
    sellingStore,
    stores: storeMap,
    variants: new Map(variantRows.map((v): [number, PlanVariant] => [v.variantId, v])),
    available: new Map(stockRows.map((r) => [stockKey(r.variantId, r.storeId), Number(r.available)])),
    holidays: holidayRows,
  };
}
