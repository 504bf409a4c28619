import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { stock, stores, styles, variants } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { staleAfterMinutes } from "./reference-data";
import { carriedTimes, freshness, stockCell } from "./rules";
import type { StoreMatrix } from "./types";

/**
 * Size x colour for one store: every active variant of the style (colours in creation order, sizes along
 * the run) with on hand, reserved and available. Variants the store has no row for come back as not carried.
 */
export async function getStoreMatrix(db: Db, input: { styleId: number; storeId: number; now?: Date }): Promise<StoreMatrix> {
  const now = input.now ?? new Date();
  const [rows, [style], [store], staleAfter] = await Promise.all([
    db
      .select({
        variantId: variants.id,
        colour: variants.colour,
        size: variants.size,
        sizeOrder: variants.sizeOrder,
        onHand: stock.onHand,
        reserved: stock.reserved,
        updatedAtMs: sql<number | null>`(extract(epoch FROM ${stock.updatedAt}) * 1000)::float8`,
      })
      .from(variants)
      .leftJoin(stock, and(eq(stock.variantId, variants.id), eq(stock.storeId, input.storeId)))
      .where(and(eq(variants.styleId, input.styleId), eq(variants.active, true)))
      .orderBy(asc(variants.id)),
    db.select({ id: styles.id }).from(styles).where(eq(styles.id, input.styleId)).limit(1),
    db.select({ id: stores.id }).from(stores).where(eq(stores.id, input.storeId)).limit(1),
    staleAfterMinutes(db),
  ]);
  if (!style) throw errors.notFound("That style");
  if (!store) throw errors.notFound("That store");

  const colourRank = new Map<string, number>();
  for (const r of rows) if (!colourRank.has(r.colour)) colourRank.set(r.colour, colourRank.size);
  const cells = rows
    .sort((a, b) => (colourRank.get(a.colour) ?? 0) - (colourRank.get(b.colour) ?? 0) || a.sizeOrder - b.sizeOrder)
    .map((r) => {
      const figure = r.onHand === null || r.reserved === null || r.updatedAtMs === null ? undefined : { onHand: r.onHand, reserved: r.reserved, updatedAtMs: Number(r.updatedAtMs) };
      return { ...stockCell(r.variantId, r.size, figure, now.toISOString()), colour: r.colour };
    });
  return { storeId: input.storeId, styleId: input.styleId, ...freshness(carriedTimes(cells), now, staleAfter), cells };
}
