import type { StepOutcome } from "@/lib/domain/flows/document";
import type { GridStore } from "@/lib/domain/stock/types";

type Grid = { stores: Pick<GridStore, "isHere" | "cells">[]; storesWithSize?: number | null };

/**
 * What the stores grid says about the wanted size: here, only at other stores, or nowhere (none without a
 * size). storesWithSize, when the grid has it, counts stores beyond the nearest ones listed.
 */
export function gridOutcome(grid: Grid, size: string | undefined): StepOutcome | undefined {
  if (!size) return undefined;
  const has = (s: Pick<GridStore, "cells">) => (s.cells.find((c) => c.size === size)?.available ?? 0) > 0;
  if (grid.stores.some((s) => s.isHere && has(s))) return "in_stock_here";
  const elsewhere = typeof grid.storesWithSize === "number" ? grid.storesWithSize > 0 : grid.stores.some((s) => !s.isHere && has(s));
  return elsewhere ? "only_elsewhere" : "nowhere";
}
