import "server-only";
import { and, asc, eq, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customers, stores } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { storeScope } from "@/lib/auth/scope";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { isoOrNull } from "./customer-hit";
import { liveCustomer } from "./load-customer";
import { classifyQuery, escapeLike, maskEmail, maskPhone, toCsv } from "./rules";
import { clientBookSchema, type ClientBookInput, type ClientBookResult } from "./schemas";
import { setTrigramThresholds } from "./trigram";

const granted = (purpose: string) =>
  sql<boolean>`coalesce((SELECT r.decision = 'granted' FROM consent_records r WHERE r.customer_id = ${customers.id} AND r.purpose = ${purpose} ORDER BY r.at DESC, r.id DESC LIMIT 1), false)`;

/**
 * A store's client book (customers whose home store it is), for managers and admins: a page of customers with
 * visit and spend counts and consent flags, contact masked (full details stay in the audited profile).
 * Managers see their own store only, whatever they ask for; admins name any store, or none for the whole chain.
 * Associates cannot list at all (they find by exact contact or by name). Each page read is audited.
 */
export async function listClientBook(db: DbOrTx, actor: Actor, input: ClientBookInput = {}): Promise<ClientBookResult> {
  if (!can(actor.role, "customer:list")) throw errors.forbidden("Only managers and head office can browse the client book.");
  const data = parseInput(clientBookSchema, input);
  const scope = storeScope(actor);
  if (!scope.all && data.storeId !== undefined && data.storeId !== scope.storeId) throw errors.forbidden("That is another store's client book.");
  const storeId = scope.all ? (data.storeId ?? null) : scope.storeId;

  const store = storeId == null ? null : ((await db.select({ id: stores.id, code: stores.code, name: stores.name }).from(stores).where(eq(stores.id, storeId)).limit(1))[0] ?? null);
  if (storeId != null && !store) throw errors.notFound("That store");

  const conditions: (SQL | undefined)[] = [liveCustomer, storeId == null ? undefined : eq(customers.homeStoreId, storeId)];
  const query = data.q ? classifyQuery(data.q) : null;
  if (query?.kind === "phone") conditions.push(eq(customers.phoneE164, query.phone));
  else if (query?.kind === "email") conditions.push(eq(customers.emailNorm, query.email));
  else if (query?.kind === "name") {
    conditions.push(or(sql`${customers.nameSearch} LIKE ${`%${escapeLike(query.key)}%`}`, sql`${query.key} <% ${customers.nameSearch}`));
  } else if (query?.kind === "incomplete") conditions.push(sql`false`);
  const where = and(...conditions);

  return db.transaction(async (tx) => {
    await setTrigramThresholds(tx, { wordSimilarity: 0.45 });
    const [{ total } = { total: 0 }] = await tx.select({ total: sql<number>`count(*)::int` }).from(customers).where(where);
    const rows = await tx
      .select({
        id: customers.id,
        firstName: customers.firstName,
        lastName: customers.lastName,
        phoneE164: customers.phoneE164,
        emailNorm: customers.emailNorm,
        homeStoreCode: stores.code,
        createdAt: customers.createdAt,
        lastVisit: sql<Date | string | null>`(SELECT max(s.at) FROM sales s WHERE s.customer_id = ${customers.id})`,
        purchaseCount: sql<number>`(SELECT count(*)::int FROM sales s WHERE s.customer_id = ${customers.id})`,
        spentCents: sql<number>`(SELECT coalesce(sum(s.total_cents), 0)::bigint FROM sales s WHERE s.customer_id = ${customers.id})`,
        marketingEmail: granted("marketing_email"),
        marketingSms: granted("marketing_sms"),
        personalisation: granted("personalisation"),
      })
      .from(customers)
      .leftJoin(stores, eq(stores.id, customers.homeStoreId))
      .where(where)
      .orderBy(asc(customers.lastName), asc(customers.firstName), asc(customers.id))
      .limit(data.pageSize)
      .offset((data.page - 1) * data.pageSize);
    await writeAudit(tx, actor, {
      action: "client_book.view",
      entity: "store",
      entityId: storeId,
      storeId,
      detail: { page: data.page, pageSize: data.pageSize, searched: Boolean(data.q), rows: rows.length },
    });
    return {
      store,
      q: data.q ?? null,
      page: data.page,
      pageSize: data.pageSize,
      total: Number(total),
      rows: rows.map((r) => ({
        id: r.id,
        firstName: r.firstName,
        lastName: r.lastName,
        phoneMasked: maskPhone(r.phoneE164),
        emailMasked: maskEmail(r.emailNorm),
        homeStoreCode: r.homeStoreCode,
        createdAt: r.createdAt.toISOString(),
        lastVisit: isoOrNull(r.lastVisit),
        purchaseCount: Number(r.purchaseCount),
        spentCents: Number(r.spentCents),
        marketingEmail: Boolean(r.marketingEmail),
        marketingSms: Boolean(r.marketingSms),
        personalisation: Boolean(r.personalisation),
      })),
    };
  });
}

const CSV_HEADER = ["id", "first_name", "last_name", "phone", "email", "home_store", "customer_since", "last_visit", "purchases", "spent_eur", "marketing_email", "marketing_sms", "personalisation"] as const;

/** The page as CSV (UTF-8, CRLF, formulas defused) for a spreadsheet. */
export function clientBookCsv(result: ClientBookResult): string {
  return toCsv(
    CSV_HEADER,
    result.rows.map((r) => [
      r.id, r.firstName, r.lastName, r.phoneMasked, r.emailMasked, r.homeStoreCode, r.createdAt.slice(0, 10), r.lastVisit?.slice(0, 10) ?? null,
      r.purchaseCount, (r.spentCents / 100).toFixed(2), r.marketingEmail, r.marketingSms, r.personalisation,
    ]),
  );
}
