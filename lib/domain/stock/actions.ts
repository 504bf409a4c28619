"use server";

import { action } from "@/lib/api/action";
import { recordUsageBy } from "@/lib/domain/usage/record-usage";
import { gridViewSchema, styleViewSchema } from "./schemas";

/**
 * Usage of the style screen, recorded by the screen itself once it is shown (not by the queries, which the
 * API and background refreshes also call): "style_view" when it opens, "stock_grid_view" when a colour's
 * stores grid is shown.
 */
export const recordStyleView = action("catalog:read", styleViewSchema, async ({ styleId }, { actor, db }) => {
  await recordUsageBy(db, actor, "style_view", { styleId });
  return { ok: true as const };
});

export const recordGridView = action("stock:read", gridViewSchema, async ({ styleId, colour }, { actor, db }) => {
  await recordUsageBy(db, actor, "stock_grid_view", { styleId, colour });
  return { ok: true as const };
});
