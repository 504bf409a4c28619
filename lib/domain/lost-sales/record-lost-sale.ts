import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customers, lostSales, styles, variants } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { workingStoreId } from "@/lib/auth/scope";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { recordUsage, usageWho } from "@/lib/domain/usage/record-usage";
import type { LostSaleReason } from "@/lib/domain/stock/types";
import { lostSaleSchema } from "./schemas";

/**
 * Records that a customer wanted something this store could not supply, with a "lost_sale" usage event
 * in the same transaction. A variant fixes colour and size; otherwise they are whatever the associate chose.
 */
export async function recordLostSale(
  db: DbOrTx,
  actor: Actor,
  input: { styleId: number; colour?: string; size?: string; variantId?: number; reason: LostSaleReason; note?: string; customerId?: string; storeId?: number },
): Promise<{ id: string }> {
  const data = parseInput(lostSaleSchema, input);
  const storeId = workingStoreId(actor, data.storeId ?? null);
  if (storeId == null) throw errors.validation("Choose the store this happened in.", { storeId: "Choose a store." });

  return db.transaction(async (tx) => {
    const [style] = await tx.select({ id: styles.id }).from(styles).where(eq(styles.id, data.styleId)).limit(1);
    if (!style) throw errors.notFound("That style");
    let { colour, size } = data;
    if (data.variantId !== undefined) {
      const [v] = await tx
        .select({ styleId: variants.styleId, colour: variants.colour, size: variants.size })
        .from(variants)
        .where(eq(variants.id, data.variantId))
        .limit(1);
      if (!v || v.styleId !== data.styleId) throw errors.validation("That variant is not part of this style.", { variantId: "Not a variant of this style." });
      ({ colour, size } = v);
    }
    if (data.customerId !== undefined) {
      const [c] = await tx
        .select({ id: customers.id })
        .from(customers)
        .where(and(eq(customers.id, data.customerId), isNull(customers.erasedAt)))
        .limit(1);
      if (!c) throw errors.validation("That customer was not found.", { customerId: "Unknown customer." });
    }
    const [row] = await tx
      .insert(lostSales)
      .values({
        storeId,
        userId: actor.kind === "user" ? actor.userId : null,
        styleId: data.styleId,
        variantId: data.variantId ?? null,
        colour: colour ?? null,
        size: size ?? null,
        reason: data.reason,
        note: data.note ?? "",
        customerId: data.customerId ?? null,
      })
      .returning({ id: lostSales.id });
    if (!row) throw new Error("lost sale insert returned no row");
    // No note and no customer in the event: usage payloads never carry personal data.
    await recordUsage(tx, { ...usageWho(actor), storeId }, "lost_sale", {
      lostSaleId: row.id,
      styleId: data.styleId,
      variantId: data.variantId ?? null,
      colour: colour ?? null,
      size: size ?? null,
      reason: data.reason,
      withCustomer: data.customerId !== undefined,
    });
    return { id: row.id };
  });
}
