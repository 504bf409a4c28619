import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customerNotes, stores, styles, users } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { workingStoreId } from "@/lib/auth/scope";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { recordUsage, usageWho } from "@/lib/domain/usage/record-usage";
import { loadLiveCustomer } from "./load-customer";
import { pendingSuggestions, suggestFieldsFromNote, suggestionsToPatch } from "./note-suggestions";
import { addNoteSchema, type AddNoteInput, type AddNoteResult } from "./schemas";

/**
 * Adds a note (plain text, at most 2,000 characters, control characters stripped, markup kept verbatim as text:
 * the UI renders it as text, never as HTML) and returns the sizes and preferences it mentions that the profile
 * does not have yet, so the associate can save them in one tap.
 */
export async function addNote(db: DbOrTx, actor: Actor, input: AddNoteInput): Promise<AddNoteResult> {
  const data = parseInput(addNoteSchema, input);
  const storeId = workingStoreId(actor);
  return db.transaction(async (tx) => {
    const customer = await loadLiveCustomer(tx, data.customerId);
    const [row] = await tx
      .insert(customerNotes)
      .values({ customerId: customer.id, body: data.body, storeId, createdBy: actorUserId(actor) })
      .returning({ id: customerNotes.id, body: customerNotes.body, createdAt: customerNotes.createdAt });
    if (!row) throw new Error("note insert returned no row");
    const [who] = await tx
      .select({ storeCode: stores.code, authorName: users.name })
      .from(customerNotes)
      .leftJoin(stores, eq(stores.id, customerNotes.storeId))
      .leftJoin(users, eq(users.id, customerNotes.createdBy))
      .where(eq(customerNotes.id, row.id));
    const brands = (await tx.selectDistinct({ brand: styles.brand }).from(styles)).map((b) => b.brand);
    const suggestions = pendingSuggestions(suggestFieldsFromNote(data.body, { brands }), customer);
    await writeAudit(tx, actor, { action: "customer.note.add", entity: "customer", entityId: customer.id, storeId, detail: { noteId: row.id } });
    // Length and counts only: the note itself is personal data and stays out of usage events.
    await recordUsage(tx, { ...usageWho(actor), storeId }, "note_added", { length: row.body.length, suggestions: suggestions.length });
    return {
      note: { id: row.id, body: row.body, createdAt: row.createdAt.toISOString(), storeCode: who?.storeCode ?? null, authorName: who?.authorName ?? null },
      suggestions,
      suggestedUpdate: suggestionsToPatch(suggestions, customer),
    };
  });
}
