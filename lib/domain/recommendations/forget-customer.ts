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
