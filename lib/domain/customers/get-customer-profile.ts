import "server-only";
import { and, desc, eq, gt, inArray, notInArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { holds, lostSales, orders, saleLines, sales, stores, styles, variants } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { workingStoreId } from "@/lib/auth/scope";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { listConsentState } from "@/lib/domain/consent/list-consent-state";
import { writeAudit } from "@/lib/domain/audit/write-audit";
import { recordUsage, usageWho } from "@/lib/domain/usage/record-usage";
import { isoOrNull } from "./customer-hit";
import { toCustomerDetails } from "./customer-details";
import { notesOf } from "./list-notes";
import { customerIdsWithMerged, loadLiveCustomer } from "./load-customer";
import { profileOptionsSchema, type CustomerProfile, type ProfileOptions } from "./schemas";

const PURCHASES_SHOWN = 50;
const LOST_SALES_SHOWN = 20;
const CLOSED_ORDER_STATUSES = ["delivered", "picked_up", "cancelled"] as const;
const storeRef = { id: stores.id, code: stores.code, name: stores.name };

async function purchasesOf(tx: DbOrTx, ids: string[]): Promise<CustomerProfile["purchases"]> {
  const rows = await tx
    .select({ id: sales.id, channel: sales.channel, at: sales.at, totalCents: sales.totalCents, orderNumber: orders.number, store: storeRef })
    .from(sales)
    .leftJoin(stores, eq(stores.id, sales.storeId))
    .leftJoin(orders, eq(orders.id, sales.orderId))
    .where(inArray(sales.customerId, ids))
    .orderBy(desc(sales.at), desc(sales.id))
    .limit(PURCHASES_SHOWN);
  if (rows.length === 0) return [];
  const lines = await tx
    .select({
      saleId: saleLines.saleId,
      styleId: saleLines.styleId,
      styleName: styles.name,
      brand: styles.brand,
      colour: variants.colour,
      size: variants.size,
      qty: saleLines.qty,
      unitPriceCents: saleLines.unitPriceCents,
    })
    .from(saleLines)
    .innerJoin(variants, eq(variants.id, saleLines.variantId))
    .innerJoin(styles, eq(styles.id, saleLines.styleId))
    .where(inArray(saleLines.saleId, rows.map((r) => r.id)))
    .orderBy(saleLines.id);
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    at: r.at.toISOString(),
    store: r.store?.id == null ? null : r.store,
    orderNumber: r.orderNumber,
    totalCents: r.totalCents,
    lines: lines.filter((l) => l.saleId === r.id).map(({ saleId: _s, ...l }) => l),
  }));
}

/**
 * Everything the associate needs about one customer: contact details, sizes, preferences and dates, notes (newest
 * first), consent per purpose, purchases across channels with their lines, open orders, active holds and lost sales.
 *
 * Who may look: any caller with customer:find may open any live customer by id. Ids only reach a tablet through
 * find (exact phone/email chain-wide, names in the store's own client book) or through the customer's orders, so
 * this is the same reach as find, and EVERY view is written to the audit log (who, when, which customer, which
 * screen) with a customer_viewed usage event. Browsing a store's customers is listClientBook, which is store-scoped.
 * A merged id opens the surviving customer; an erased one is a 404.
 */
export async function getCustomerProfile(db: DbOrTx, actor: Actor, customerId: string, options: ProfileOptions = {}): Promise<CustomerProfile> {
  const { screen } = parseInput(profileOptionsSchema, options);
  const storeId = workingStoreId(actor);
  return db.transaction(async (tx) => {
    const row = await loadLiveCustomer(tx, customerId);
    const ids = await customerIdsWithMerged(tx, row.id);
    await writeAudit(tx, actor, { action: "customer.view", entity: "customer", entityId: row.id, storeId, screen, detail: row.id === customerId ? {} : { requestedId: customerId } });
    await recordUsage(tx, { ...usageWho(actor), storeId }, "customer_viewed", { screen });

    const [details, notes, consents, purchases] = [
      await toCustomerDetails(tx, row),
      await notesOf(tx, ids),
      await listConsentState(tx, ids),
      await purchasesOf(tx, ids),
    ];
    const [stats] = await tx
      .select({ purchaseCount: sql<number>`count(*)::int`, spentCents: sql<number>`coalesce(sum(${sales.totalCents}), 0)::bigint`, lastVisit: sql<Date | string | null>`max(${sales.at})` })
      .from(sales)
      .where(inArray(sales.customerId, ids));
    const openOrders = await tx
      .select({ id: orders.id, number: orders.number, status: orders.status, fulfilment: orders.fulfilment, promiseDate: orders.promiseDate, totalCents: orders.totalCents, createdAt: orders.createdAt, store: storeRef })
      .from(orders)
      .innerJoin(stores, eq(stores.id, orders.storeId))
      .where(and(inArray(orders.customerId, ids), notInArray(orders.status, [...CLOSED_ORDER_STATUSES])))
      .orderBy(desc(orders.createdAt));
    const activeHolds = await tx
      .select({ id: holds.id, kind: holds.kind, store: storeRef, styleId: styles.id, styleName: styles.name, colour: variants.colour, size: variants.size, qty: holds.qty, expiresAt: holds.expiresAt })
      .from(holds)
      .innerJoin(stores, eq(stores.id, holds.storeId))
      .innerJoin(variants, eq(variants.id, holds.variantId))
      .innerJoin(styles, eq(styles.id, variants.styleId))
      .where(and(inArray(holds.customerId, ids), eq(holds.status, "active"), gt(holds.expiresAt, sql`now()`)))
      .orderBy(holds.expiresAt);
    const lost = await tx
      .select({ id: lostSales.id, at: lostSales.at, store: storeRef, styleId: lostSales.styleId, styleName: styles.name, colour: lostSales.colour, size: lostSales.size, reason: lostSales.reason })
      .from(lostSales)
      .innerJoin(stores, eq(stores.id, lostSales.storeId))
      .leftJoin(styles, eq(styles.id, lostSales.styleId))
      .where(inArray(lostSales.customerId, ids))
      .orderBy(desc(lostSales.at))
      .limit(LOST_SALES_SHOWN);

    return {
      ...details,
      notes,
      consents,
      purchases,
      openOrders: openOrders.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() })),
      activeHolds: activeHolds.map((h) => ({ ...h, expiresAt: h.expiresAt.toISOString() })),
      lostSales: lost.map((l) => ({ ...l, at: l.at.toISOString() })),
      stats: { purchaseCount: Number(stats?.purchaseCount ?? 0), spentCents: Number(stats?.spentCents ?? 0), lastVisit: isoOrNull(stats?.lastVisit) },
    };
  });
}
