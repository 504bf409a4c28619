import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { intArrayLiteral } from "@/lib/db/bulk-insert";

/** Counts styles shown to a customer (only when personalisation is allowed): shown twice, never opened or taken = declined. */
export async function markShown(db: DbOrTx, customerId: string, styleIds: readonly number[], now: Date): Promise<void> {
  const ids = [...new Set(styleIds)];
  if (ids.length === 0) return;
  await db.execute(sql`
    INSERT INTO rec_impressions (customer_id, style_id, shown_count, first_shown_at, last_shown_at)
    SELECT ${customerId}::uuid, id, 1, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
    FROM unnest(${intArrayLiteral(Int32Array.from(ids))}::int[]) AS t(id)
    ON CONFLICT (customer_id, style_id) DO UPDATE SET shown_count = rec_impressions.shown_count + 1, last_shown_at = excluded.last_shown_at`);
}

/** An opened or taken suggestion was not declined; only styles already shown to the customer are marked. */
export async function markResponded(db: DbOrTx, customerId: string, styleId: number, how: "opened" | "taken", now: Date): Promise<void> {
  const at = now.toISOString();
  await db.execute(
    how === "opened"
      ? sql`UPDATE rec_impressions SET opened_at = ${at}::timestamptz WHERE customer_id = ${customerId}::uuid AND style_id = ${styleId}`
      : sql`UPDATE rec_impressions SET taken_at = ${at}::timestamptz WHERE customer_id = ${customerId}::uuid AND style_id = ${styleId}`,
  );
}
