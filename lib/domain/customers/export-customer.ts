import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, consentRecords, consentTexts, customerNotes, customers, holds, lostSales, orderEvents, orderLines, orders, saleLines, sales } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { errors } from "@/lib/errors";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { customerIdsWithMerged, loadLiveCustomer } from "./load-customer";
import type { CustomerExport } from "./schemas";

type Row = Record<string, unknown>;

/** Dates as ISO strings so the document is plain JSON, whichever driver read it. */
function plain<T extends object>(row: T): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

/**
 * Everything held about a customer (and any records merged into them) as one JSON document, for a data-subject
 * access request: the customer rows, notes, consent records with the words agreed to, sales with lines, orders
 * with lines and status history, holds, lost sales, and the audit entries about them. Admins only; audited.
 */
export async function exportCustomer(db: DbOrTx, actor: Actor, customerId: string): Promise<CustomerExport> {
  if (!can(actor.role, "customer:export")) throw errors.forbidden("Only head office can export a customer's data.");
  return db.transaction(async (tx) => {
    const customer = await loadLiveCustomer(tx, customerId);
    const ids = await customerIdsWithMerged(tx, customer.id);
    const customerRows = await tx.select().from(customers).where(inArray(customers.id, ids)).orderBy(asc(customers.createdAt));
    const notes = await tx.select().from(customerNotes).where(inArray(customerNotes.customerId, ids)).orderBy(asc(customerNotes.createdAt));
    const consents = await tx
      .select({ record: consentRecords, text: { body: consentTexts.body, locale: consentTexts.locale } })
      .from(consentRecords)
      .innerJoin(consentTexts, eq(consentTexts.id, consentRecords.textId))
      .where(inArray(consentRecords.customerId, ids))
      .orderBy(asc(consentRecords.at), asc(consentRecords.id));
    const saleRows = await tx.select().from(sales).where(inArray(sales.customerId, ids)).orderBy(asc(sales.at));
    const lines = saleRows.length ? await tx.select().from(saleLines).where(inArray(saleLines.saleId, saleRows.map((s) => s.id))).orderBy(asc(saleLines.id)) : [];
    const orderRows = await tx.select().from(orders).where(inArray(orders.customerId, ids)).orderBy(asc(orders.createdAt));
    const orderIds = orderRows.map((o) => o.id);
    const oLines = orderIds.length ? await tx.select().from(orderLines).where(inArray(orderLines.orderId, orderIds)) : [];
    const oEvents = orderIds.length ? await tx.select().from(orderEvents).where(inArray(orderEvents.orderId, orderIds)).orderBy(asc(orderEvents.id)) : [];
    const holdRows = await tx.select().from(holds).where(inArray(holds.customerId, ids)).orderBy(asc(holds.createdAt));
    const lost = await tx.select().from(lostSales).where(inArray(lostSales.customerId, ids)).orderBy(asc(lostSales.at));
    const audit = await tx.select().from(auditLog).where(and(eq(auditLog.entity, "customer"), inArray(auditLog.entityId, ids))).orderBy(asc(auditLog.id));

    await writeAudit(tx, actor, { action: "customer.export", entity: "customer", entityId: customer.id, detail: { ids: ids.length } });
    return {
      format: "floorwalker.customer-export.v1",
      exportedAt: new Date().toISOString(),
      customerId: customer.id,
      customers: customerRows.map(plain),
      notes: notes.map(plain),
      consents: consents.map((c) => ({ ...plain(c.record), text: c.text })),
      sales: saleRows.map((s) => ({ ...plain(s), lines: lines.filter((l) => l.saleId === s.id).map(plain) })),
      orders: orderRows.map((o) => ({
        ...plain(o),
        lines: oLines.filter((l) => l.orderId === o.id).map(plain),
        events: oEvents.filter((e) => e.orderId === o.id).map(plain),
      })),
      holds: holdRows.map(plain),
      lostSales: lost.map(plain),
      auditEntries: audit.map(plain),
    };
  });
}
