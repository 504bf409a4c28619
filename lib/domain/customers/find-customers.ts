import "server-only";
import { and, desc, eq, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customers, stores } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { seesAllStores } from "@/lib/auth/permissions";
import { workingStoreId } from "@/lib/auth/scope";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { recordUsage, usageWho } from "@/lib/domain/usage/record-usage";
import { hitColumns, toHit } from "./customer-hit";
import { liveCustomer as live } from "./load-customer";
import { classifyQuery, escapeLike } from "./rules";
import { findCustomersSchema, type FindCustomersInput, type FindCustomersResult } from "./schemas";
import { setTrigramThresholds } from "./trigram";

/** Typo tolerance for names: "garsia" still finds "García" (word similarity 0.57). */
const NAME_WORD_SIMILARITY = 0.45;

/**
 * The customers one search box entry means, as you type.
 * - A phone number (any usual spelling, Spain by default) or an email: exact match, chain-wide, since customers
 *   shop at many branches and the exact contact proves the associate is talking to them.
 * - Anything else is a name, matched accent- and typo-tolerantly (prefix, word prefix, trigram word similarity)
 *   in the working store's CLIENT BOOK, defined as the customers whose home store is that store
 *   (customers.home_store_id; indexed with the name by customers_store_idx and customers_name_trgm_idx).
 *   Admins without a working store search names chain-wide.
 * Merged and erased customers never appear. Records a customer_found usage event when something was found
 * (the UI debounces typing), with no personal data.
 */
export async function findCustomers(db: DbOrTx, actor: Actor, input: FindCustomersInput): Promise<FindCustomersResult> {
  const data = parseInput(findCustomersSchema, input);
  const query = classifyQuery(data.q);
  if (query.kind === "incomplete") return { match: "incomplete", hits: [] };

  let rows;
  if (query.kind === "phone" || query.kind === "email") {
    const where = query.kind === "phone" ? eq(customers.phoneE164, query.phone) : eq(customers.emailNorm, query.email);
    rows = await db
      .select(hitColumns)
      .from(customers)
      .leftJoin(stores, eq(stores.id, customers.homeStoreId))
      .where(and(where, live))
      .orderBy(desc(customers.updatedAt))
      .limit(data.limit);
  } else {
    const storeId = workingStoreId(actor, data.storeId ?? null);
    if (storeId == null && !seesAllStores(actor.role)) throw errors.validation("Choose the store whose client book to search.", { storeId: "Choose a store." });
    const key = query.key;
    const prefix = `${escapeLike(key)}%`;
    const wordPrefix = `% ${escapeLike(key)}%`;
    const nameMatch: SQL = or(
      sql`${customers.nameSearch} LIKE ${prefix}`,
      sql`${customers.nameSearch} LIKE ${wordPrefix}`,
      sql`${key} <% ${customers.nameSearch}`,
    )!;
    rows = await db.transaction(async (tx) => {
      await setTrigramThresholds(tx, { wordSimilarity: NAME_WORD_SIMILARITY });
      return tx
        .select(hitColumns)
        .from(customers)
        .leftJoin(stores, eq(stores.id, customers.homeStoreId))
        .where(and(live, storeId == null ? undefined : eq(customers.homeStoreId, storeId), nameMatch))
        .orderBy(
          sql`(${customers.nameSearch} LIKE ${prefix}) DESC`,
          sql`word_similarity(${key}, ${customers.nameSearch}) DESC`,
          customers.nameSearch,
          customers.id,
        )
        .limit(data.limit);
    });
  }
  const hits = rows.map(toHit);
  if (hits.length > 0) {
    await recordUsage(db, usageWho(actor), "customer_found", { match: query.kind, results: hits.length });
  }
  return { match: query.kind, hits };
}
