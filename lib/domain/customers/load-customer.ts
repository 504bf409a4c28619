import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/lib/db/client";
import { customers } from "@/lib/db/schema";
import { AppError, errors } from "@/lib/errors";

export type CustomerRow = typeof customers.$inferSelect;

/** Not merged into another record and not erased: the customers find, capture and the client book work with. */
export const liveCustomer = and(isNull(customers.mergedInto), isNull(customers.erasedAt))!;

const erased = () => new AppError("not_found", "That customer's data was erased.", 404);

/**
 * The live customer with this id, following merges to the survivor (a tablet may still hold the duplicate's id).
 * `lock` takes the row FOR UPDATE so concurrent edits of one profile apply one after the other.
 */
export async function loadLiveCustomer(db: DbOrTx, id: string, opts: { lock?: boolean } = {}): Promise<CustomerRow> {
  let current = id;
  for (let hops = 0; hops < 5; hops++) {
    const q = db.select().from(customers).where(eq(customers.id, current)).limit(1);
    const [row] = opts.lock ? await q.for("update") : await q;
    if (!row) throw errors.notFound("That customer");
    if (row.erasedAt) throw erased();
    if (!row.mergedInto) return row;
    current = row.mergedInto;
  }
  throw errors.notFound("That customer");
}

/** The customer and every record merged into it (directly or through earlier merges): their history is one. */
export async function customerIdsWithMerged(db: DbOrTx, id: string): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      WITH RECURSIVE family(id) AS (
        SELECT ${id}::uuid
        UNION
        SELECT c.id FROM customers c JOIN family f ON c.merged_into = f.id
      )
      SELECT id FROM family`),
  );
  return rows.map((r) => r.id);
}
