import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { variants } from "@/lib/db/schema";
import { errors } from "@/lib/errors";
import { freshness } from "./rules";
import { getStoresGrid } from "./stores-grid";
import type { GridStore, StockCell } from "./types";
import { GRID_STORES_MAX } from "./schemas";

export type VariantStoreStock = Omit<GridStore, "cells"> & { cell: StockCell };
export type VariantStock = {
  variantId: number;
  sku: string;
  ean: string;
  styleId: number;
  colour: string;
  size: string;
  originStoreId: number;
  stores: VariantStoreStock[];
  asOf: string | null;
  stale: boolean;
  staleAfterMinutes: number;
};

/** One variant across the chain, nearest first: the stores grid of its colour, narrowed to its size. */
export async function getVariantStock(db: Db, input: { variantId?: number; sku?: string; originStoreId: number; now?: Date }): Promise<VariantStock> {
  const where = input.variantId !== undefined ? eq(variants.id, input.variantId) : eq(variants.sku, input.sku ?? "");
  const [v] = await db
    .select({ id: variants.id, sku: variants.sku, ean: variants.ean, styleId: variants.styleId, colour: variants.colour, size: variants.size })
    .from(variants)
    .where(where)
    .limit(1);
  if (!v) throw errors.notFound("That variant");
  const now = input.now ?? new Date();
  const grid = await getStoresGrid(db, { styleId: v.styleId, colour: v.colour, originStoreId: input.originStoreId, limit: GRID_STORES_MAX, now });
  const i = grid.sizes.findIndex((s) => s.variantId === v.id);
  if (i < 0) throw errors.notFound("That variant (no longer sold)");
  const stores = grid.stores.flatMap(({ cells, ...store }) => {
    const cell = cells[i];
    return cell ? [{ ...store, cell }] : [];
  });
  const times = stores.filter((s) => s.cell.carried !== false).map((s) => Date.parse(s.cell.updatedAt));
  return {
    variantId: v.id,
    sku: v.sku,
    ean: v.ean,
    styleId: v.styleId,
    colour: v.colour,
    size: v.size,
    originStoreId: input.originStoreId,
    stores,
    ...freshness(times, now, grid.staleAfterMinutes),
  };
}
