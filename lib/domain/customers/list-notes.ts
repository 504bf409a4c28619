import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customerNotes, stores, users } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { workingStoreId } from "@/lib/auth/scope";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { customerIdsWithMerged, loadLiveCustomer } from "./load-customer";
import type { CustomerNote } from "./schemas";

export const NOTES_SHOWN = 50;

/** Notes on these customer ids, newest first (the read behind the profile and the notes list). */
export async function notesOf(db: DbOrTx, customerIds: string[], limit = NOTES_SHOWN): Promise<CustomerNote[]> {
  const rows = await db
    .select({ id: customerNotes.id, body: customerNotes.body, createdAt: customerNotes.createdAt, storeCode: stores.code, authorName: users.name })
    .from(customerNotes)
    .leftJoin(stores, eq(stores.id, customerNotes.storeId))
    .leftJoin(users, eq(users.id, customerNotes.createdBy))
    .where(inArray(customerNotes.customerId, customerIds))
    .orderBy(desc(customerNotes.createdAt), desc(customerNotes.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** A customer's notes, newest first. Notes are personal data, so reading them is audited like a profile view. */
export async function listNotes(db: DbOrTx, actor: Actor, customerId: string, opts: { limit?: number; screen?: string } = {}): Promise<CustomerNote[]> {
  return db.transaction(async (tx) => {
    const customer = await loadLiveCustomer(tx, customerId);
    const notes = await notesOf(tx, await customerIdsWithMerged(tx, customer.id), Math.min(Math.max(opts.limit ?? NOTES_SHOWN, 1), 200));
    await writeAudit(tx, actor, { action: "customer.notes.view", entity: "customer", entityId: customer.id, storeId: workingStoreId(actor), screen: opts.screen ?? "notes" });
    return notes;
  });
}
