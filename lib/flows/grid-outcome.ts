import type { StepOutcome } from "@/lib/domain/flows/document";
import type { GridStore } from "@/lib/domain/stock/types";

/** What the stores grid says about the wanted size: here, only at other stores, or nowhere. None without a size. */
export function gridOutcome(stores: Pick<GridStore, "isHere" | "cells">[], size: string | undefined): StepOutcome | undefined {
  if (!size) return undefined;
  const has = (s: Pick<GridStore, "cells">) => (s.cells.find((c) => c.size === size)?.available ?? 0) > 0;
  if (stores.some((s) => s.isHere && has(s))) return "in_stock_here";
  if (stores.some((s) => !s.isHere && has(s))) return "only_elsewhere";
  return "nowhere";
}
