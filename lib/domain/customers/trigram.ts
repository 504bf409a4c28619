import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";

/**
 * Sets pg_trgm's match thresholds for the rest of the transaction, so the `%` and `<%` operators (which the
 * trigram index on customers.name_search serves) match at the level the rule wants rather than the defaults.
 */
export async function setTrigramThresholds(tx: DbOrTx, t: { similarity?: number; wordSimilarity?: number }): Promise<void> {
  await tx.execute(
    sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(t.similarity ?? 0.3)}, true),
               set_config('pg_trgm.word_similarity_threshold', ${String(t.wordSimilarity ?? 0.6)}, true)`,
  );
}
