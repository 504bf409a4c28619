import "server-only";
import { and, eq, ne, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customers, stores } from "@/lib/db/schema";
import { hitColumns, toHit } from "./customer-hit";
import { liveCustomer } from "./load-customer";
import { nameSearchKey, normaliseEmail, normalisePhone } from "./normalise-contact";
import { emailLocalKey, isPublicEmailDomain, NAME_SIMILARITY_FOR_DUPLICATE, scoreDuplicate } from "./rules";
import type { DuplicateCandidate } from "./schemas";
import { setTrigramThresholds } from "./trigram";

export type DuplicateProbeInput = { firstName: string; lastName?: string | null; phone?: string | null; email?: string | null };

/**
 * Existing customers (chain-wide) the one being captured may already be: the same phone or email (certain), or a
 * close name with a matching piece of contact. SQL narrows the candidates with the indexes; scoreDuplicate decides.
 * Best first, at most `limit`.
 */
export async function findLikelyDuplicates(
  db: DbOrTx,
  input: DuplicateProbeInput,
  opts: { excludeId?: string; limit?: number } = {},
): Promise<DuplicateCandidate[]> {
  const phone = input.phone ? normalisePhone(input.phone) : null;
  const email = input.email ? normaliseEmail(input.email) : null;
  const key = nameSearchKey(input.firstName, input.lastName ?? "");
  const similarity = sql<number>`similarity(${customers.nameSearch}, ${key})`;

  const partial: SQL[] = [];
  if (phone) partial.push(sql`right(${customers.phoneE164}, 4) = ${phone.slice(-4)}`);
  if (email) {
    partial.push(sql`replace(regexp_replace(split_part(${customers.emailNorm}, '@', 1), '\\+.*$', ''), '.', '') = ${emailLocalKey(email)}`);
    const domain = email.split("@")[1] ?? "";
    if (!isPublicEmailDomain(domain)) partial.push(sql`split_part(${customers.emailNorm}, '@', 2) = ${domain}`);
  }
  const exact: SQL[] = [];
  if (phone) exact.push(eq(customers.phoneE164, phone));
  if (email) exact.push(eq(customers.emailNorm, email));
  // `%` uses the trigram index at the threshold set below; the partial contact keeps common names from flooding in.
  const fuzzy = partial.length && key ? and(sql`${customers.nameSearch} % ${key}`, or(...partial)) : undefined;
  const match = or(...exact, ...(fuzzy ? [fuzzy] : []));
  if (!match) return [];

  const run = async (tx: DbOrTx) => {
    await setTrigramThresholds(tx, { similarity: NAME_SIMILARITY_FOR_DUPLICATE });
    return tx
      .select({ ...hitColumns, nameSimilarity: similarity })
      .from(customers)
      .leftJoin(stores, eq(stores.id, customers.homeStoreId))
      .where(and(liveCustomer, opts.excludeId ? ne(customers.id, opts.excludeId) : undefined, match))
      .orderBy(...(exact.length ? [sql`(${or(...exact)}) DESC`] : []), sql`${similarity} DESC`, customers.id)
      .limit(50);
  };
  const rows = await db.transaction(run);
  return rows
    .flatMap((r) => {
      const s = scoreDuplicate({ phone, email }, { phone: r.phoneE164, email: r.emailNorm, nameSimilarity: Number(r.nameSimilarity) });
      return s ? [{ customer: toHit(r), ...s }] : [];
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, opts.limit ?? 5);
}
