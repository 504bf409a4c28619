import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

/**
 * Removes what suggestions keep about one customer (which styles they were shown, opened, took). The model's tables
 * are style-level counts with nothing personal in them. For erasure and for the merged-away side of a merge.
 */
export async function forgetCustomerSuggestions(db: DbOrTx, customerId: string): Promise<void> {
  await db.execute(sql`DELETE FROM rec_impressions WHERE customer_id = ${customerId}::uuid`);
}

/**
 * A merge: what the duplicate was shown, opened and took now counts for the survivor (same person), so a style
 * declined under either record stays declined.
 */
export async function moveCustomerSuggestions(db: DbOrTx, fromId: string, toId: string): Promise<void> {
  await db.execute(sql`
    INSERT INTO rec_impressions AS r (customer_id, style_id, shown_count, first_shown_at, last_shown_at, opened_at, taken_at)
    SELECT ${toId}::uuid, style_id, shown_count, first_shown_at, last_shown_at, opened_at, taken_at
    FROM rec_impressions WHERE customer_id = ${fromId}::uuid
    ON CONFLICT (customer_id, style_id) DO UPDATE SET
      shown_count = r.shown_count + excluded.shown_count,
      first_shown_at = least(r.first_shown_at, excluded.first_shown_at),
      last_shown_at = greatest(r.last_shown_at, excluded.last_shown_at),
      opened_at = coalesce(greatest(r.opened_at, excluded.opened_at), r.opened_at, excluded.opened_at),
      taken_at = coalesce(greatest(r.taken_at, excluded.taken_at), r.taken_at, excluded.taken_at)`);
  await forgetCustomerSuggestions(db, fromId);
}
