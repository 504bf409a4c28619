import "server-only";
import { and, inArray, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, customerNotes, customers, emailOutbox, flowRuns, idempotencyKeys, lostSales, orderEvents, orders, usageEvents } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { errors } from "@/lib/errors";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { customerIdsWithMerged, loadLiveCustomer } from "./load-customer";
import { contactPatterns } from "./rules";
import type { EraseCustomerResult } from "./schemas";
import { forgetCustomerSuggestions } from "@/lib/domain/recommendations/forget-customer";

const REDACTED = { redacted: "personal data removed on erasure" };

/** `column` matches any of the patterns, case-insensitively (the column cast to text, for jsonb). */
function mentions(column: SQL | { getSQL(): SQL }, patterns: string[]): SQL | undefined {
  return patterns.length ? or(...patterns.map((p) => sql`${column}::text ~* ${p}`)) : undefined;
}

/**
 * The right to erasure. Personal data of the customer (and of every record merged into them) is removed or
 * irreversibly anonymised, in one transaction:
 * - customers: names "Erased", contact, sizes, preferences, dates and birthday cleared, erased_at set;
 * - notes deleted; their orders lose the delivery address, their order events and lost sales lose free-text notes;
 * - queued or sent emails to their address or about their orders deleted;
 * - their flow runs' answers cleared; what suggestions remember of them (shown, opened, taken) deleted;
 * - anywhere their email or phone still appears in free text (other customers' notes, order notes, addresses) it
 *   is replaced by "[erased]", and log payloads that mention it (audit detail, usage payloads, stored idempotent
 *   responses, flow state) are replaced by a redaction marker.
 * Kept, because the business must: sales and orders with their amounts (the books), consent records as
 * anonymised proof (their customer_id points at the anonymised row), audit entries (ids and actions only).
 * Emails already written to disk as .eml files by the mail worker are outside the database and not touched.
 */
export async function eraseCustomer(db: DbOrTx, actor: Actor, customerId: string): Promise<EraseCustomerResult> {
  if (!can(actor.role, "customer:erase")) throw errors.forbidden("Only head office can erase a customer's data.");
  return db.transaction(async (tx) => {
    const customer = await loadLiveCustomer(tx, customerId, { lock: true });
    const ids = await customerIdsWithMerged(tx, customer.id);
    const people = await tx.select({ phone: customers.phoneE164, email: customers.emailNorm }).from(customers).where(inArray(customers.id, ids)).for("update");
    const emails = [...new Set(people.flatMap((p) => (p.email ? [p.email] : [])))];
    const phones = [...new Set(people.flatMap((p) => (p.phone ? [p.phone] : [])))];
    const patterns = contactPatterns(emails, phones);
    const orderIds = (await tx.select({ id: orders.id }).from(orders).where(inArray(orders.customerId, ids))).map((o) => o.id);

    const notes = (await tx.delete(customerNotes).where(inArray(customerNotes.customerId, ids)).returning({ id: customerNotes.id })).length;
    const orderAddresses = orderIds.length
      ? (await tx.update(orders).set({ address: null, updatedAt: sql`now()` }).where(and(inArray(orders.id, orderIds), sql`${orders.address} IS NOT NULL`)).returning({ id: orders.id })).length
      : 0;
    if (orderIds.length) await tx.update(orderEvents).set({ note: "" }).where(and(inArray(orderEvents.orderId, orderIds), sql`${orderEvents.note} <> ''`));
    await tx.update(lostSales).set({ note: "" }).where(and(inArray(lostSales.customerId, ids), sql`${lostSales.note} <> ''`));
    await tx.update(flowRuns).set({ state: {} }).where(inArray(flowRuns.customerId, ids));
    for (const id of ids) await forgetCustomerSuggestions(tx, id);
    const emailMatch: SQL[] = [];
    if (emails.length) emailMatch.push(inArray(sql`lower(${emailOutbox.to})`, emails));
    if (orderIds.length) emailMatch.push(inArray(emailOutbox.refId, orderIds));
    for (const col of [emailOutbox.to, emailOutbox.subject, emailOutbox.bodyText]) {
      const m = mentions(col, patterns);
      if (m) emailMatch.push(m);
    }
    const emailsRemoved = emailMatch.length ? (await tx.delete(emailOutbox).where(or(...emailMatch)).returning({ id: emailOutbox.id })).length : 0;

    // Mentions elsewhere in free text: cut out the contact, keep the rest of the text (it is someone else's record).
    for (const p of patterns) {
      const cut = (col: SQL | { getSQL(): SQL }) => sql`regexp_replace(${col}, ${p}, '[erased]', 'gi')`;
      await tx.update(customerNotes).set({ body: cut(customerNotes.body) }).where(sql`${customerNotes.body} ~* ${p}`);
      await tx.update(orderEvents).set({ note: cut(orderEvents.note) }).where(sql`${orderEvents.note} ~* ${p}`);
      await tx.update(lostSales).set({ note: cut(lostSales.note) }).where(sql`${lostSales.note} ~* ${p}`);
      // Every value of an address is a string, so cutting inside its JSON text keeps it valid JSON.
      await tx.update(orders).set({ address: sql`regexp_replace(${orders.address}::text, ${p}, '[erased]', 'gi')::jsonb` }).where(sql`${orders.address}::text ~* ${p}`);
    }
    // Log payloads are free-form: one that mentions the contact is replaced whole rather than edited.
    let redactedLogEntries = 0;
    const redact = async (count: Promise<{ n: unknown }[]>) => {
      redactedLogEntries += (await count).length;
    };
    const m = (col: SQL | { getSQL(): SQL }) => mentions(col, patterns) ?? sql`false`;
    await redact(tx.update(auditLog).set({ detail: REDACTED }).where(m(auditLog.detail)).returning({ n: auditLog.id }));
    await redact(tx.update(usageEvents).set({ payload: REDACTED }).where(m(usageEvents.payload)).returning({ n: usageEvents.id }));
    await redact(tx.update(idempotencyKeys).set({ responseBody: REDACTED }).where(m(idempotencyKeys.responseBody)).returning({ n: idempotencyKeys.key }));
    await redact(tx.update(flowRuns).set({ state: REDACTED }).where(m(flowRuns.state)).returning({ n: flowRuns.id }));

    const [erased] = await tx
      .update(customers)
      .set({
        firstName: "Erased",
        lastName: "",
        phoneE164: null,
        emailNorm: null,
        nameSearch: "",
        sizes: {},
        preferences: {},
        importantDates: [],
        birthday: null,
        erasedAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(inArray(customers.id, ids))
      .returning({ erasedAt: customers.erasedAt });
    const removed = { notes, emails: emailsRemoved, orderAddresses, redactedLogEntries };
    await writeAudit(tx, actor, { action: "customer.erase", entity: "customer", entityId: customer.id, detail: { erasedIds: ids, removed } });
    return { customerId: customer.id, erasedIds: ids, erasedAt: (erased?.erasedAt ?? new Date()).toISOString(), removed };
  });
}
