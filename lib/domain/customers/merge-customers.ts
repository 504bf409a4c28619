import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { consentRecords, customerNotes, customers, flowRuns, holds, lostSales, orders, sales } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { storeScope } from "@/lib/auth/scope";
import { AppError, errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { nameSearchKey } from "./normalise-contact";
import { mergeFill } from "./rules";
import { mergeCustomersSchema, type MergeCustomersInput, type MergeCustomersResult } from "./schemas";
import { moveCustomerSuggestions } from "@/lib/domain/recommendations/forget-customer";

/**
 * Folds a duplicate customer into the survivor, in one transaction: sales, orders, holds, notes, consent records
 * (the append-only trigger allows moving customer_id, nothing else), lost sales and flow runs move to the survivor;
 * fields the survivor lacks are filled from the duplicate (never overwritten); the duplicate keeps its row with
 * merged_into = survivor, so old ids still resolve, and is erased together with the survivor if that is ever asked.
 *
 * Managers merge within their store's client book: the survivor must be theirs, and the duplicate too unless it
 * has the survivor's exact phone or email (a certain duplicate that any store could find). Admins merge anything.
 */
export async function mergeCustomers(db: DbOrTx, actor: Actor, input: MergeCustomersInput): Promise<MergeCustomersResult> {
  if (!can(actor.role, "customer:merge")) throw errors.forbidden("Only managers and head office can merge customers.");
  const { survivorId, duplicateId } = parseInput(mergeCustomersSchema, input);
  return db.transaction(async (tx) => {
    // Locked in id order, so two merges touching the same pair cannot deadlock.
    const rows = await tx.select().from(customers).where(inArray(customers.id, [survivorId, duplicateId])).orderBy(customers.id).for("update");
    const survivor = rows.find((r) => r.id === survivorId);
    const duplicate = rows.find((r) => r.id === duplicateId);
    if (!survivor) throw errors.notFound("The customer to keep");
    if (!duplicate) throw errors.notFound("The duplicate customer");
    for (const c of [survivor, duplicate]) {
      if (c.erasedAt) throw new AppError("conflict", "An erased customer cannot be merged.", 409);
      if (c.mergedInto) throw new AppError("conflict", "That customer was already merged into another one.", 409, undefined, undefined, { customerId: c.id, mergedInto: c.mergedInto });
    }
    const scope = storeScope(actor);
    if (!scope.all) {
      const sameContact = (survivor.phoneE164 && survivor.phoneE164 === duplicate.phoneE164) || (survivor.emailNorm && survivor.emailNorm === duplicate.emailNorm);
      if (survivor.homeStoreId !== scope.storeId || (duplicate.homeStoreId !== scope.storeId && !sameContact)) {
        throw errors.forbidden("You can merge customers of your own store's client book; ask head office for others.");
      }
    }

    const move = async (table: typeof sales | typeof orders | typeof holds | typeof customerNotes | typeof lostSales | typeof flowRuns) =>
      (await tx.update(table).set({ customerId: survivorId }).where(eq(table.customerId, duplicateId)).returning({ id: table.id })).length;
    const moved = {
      sales: await move(sales),
      orders: await move(orders),
      holds: await move(holds),
      notes: await move(customerNotes),
      consentRecords: (await tx.update(consentRecords).set({ customerId: survivorId }).where(eq(consentRecords.customerId, duplicateId)).returning({ id: consentRecords.id })).length,
      lostSales: await move(lostSales),
      flowRuns: await move(flowRuns),
    };
    await moveCustomerSuggestions(tx, duplicateId, survivorId);
    // Records merged into the duplicate earlier now point straight at the survivor.
    await tx.update(customers).set({ mergedInto: survivorId }).where(eq(customers.mergedInto, duplicateId));
    await tx.update(customers).set({ mergedInto: survivorId, updatedAt: sql`now()` }).where(eq(customers.id, duplicateId));

    const { patch, filled } = mergeFill(survivor, duplicate);
    if (filled.length) {
      await tx
        .update(customers)
        .set({ ...patch, ...(patch.lastName ? { nameSearch: nameSearchKey(survivor.firstName, patch.lastName) } : {}), updatedAt: sql`now()` })
        .where(eq(customers.id, survivorId));
    }
    await writeAudit(tx, actor, { action: "customer.merge", entity: "customer", entityId: survivorId, detail: { survivorId, duplicateId, moved, filled } });
    return { survivorId, duplicateId, moved, filled };
  });
}
