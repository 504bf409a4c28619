import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/lib/db/client";
import { customers, orderEvents, orderLines, orders, stores, styles, users, variants } from "@/lib/db/schema";
import { cancellableLines, nextLineStatuses } from "./rules";
import type { OrderDetail, StoreRef } from "./schemas";

/** The event note that marks the "packed" sub-step of picking. */
export const PACKED_NOTE = "packed";

const pickupStores = alias(stores, "pickup_store");
const storeRef = (s: { id: number; code: string; name: string; city: string }): StoreRef => ({ id: s.id, code: s.code, name: s.name, city: s.city });

/**
 * An order as the tablet and the API show it: lines with their sources and dates, the timeline, and what can
 * happen next. Contact details (phone, email, address) only with `withContact`; callers audit that view.
 */
export async function loadOrderDetail(db: DbOrTx, orderId: string, opts: { withContact: boolean }): Promise<OrderDetail | null> {
  const [head] = await db
    .select({
      order: orders,
      customer: customers,
      selling: stores,
      pickup: pickupStores,
      emailQueued: sql<boolean>`EXISTS (SELECT 1 FROM email_outbox m WHERE m.ref_id = ${orders.id})`,
    })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .leftJoin(pickupStores, eq(pickupStores.id, orders.pickupStoreId))
    .where(eq(orders.id, orderId))
    .limit(1);
  if (!head) return null;
  const lineRows = await db
    .select({ line: orderLines, variant: variants, styleName: styles.name, source: stores })
    .from(orderLines)
    .innerJoin(variants, eq(variants.id, orderLines.variantId))
    .innerJoin(styles, eq(styles.id, variants.styleId))
    .innerJoin(stores, eq(stores.id, orderLines.sourceStoreId))
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.kind), asc(orderLines.variantId), asc(orderLines.id));
  const eventRows = await db
    .select({ event: orderEvents, by: users.name })
    .from(orderEvents)
    .leftJoin(users, eq(users.id, orderEvents.userId))
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(asc(orderEvents.id));
  const { order, customer, selling, pickup } = head;
  const packed = new Set(eventRows.filter((e) => e.event.note === PACKED_NOTE && e.event.lineId).map((e) => e.event.lineId));
  const cancel = cancellableLines(lineRows.map((r) => r.line));
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    fulfilment: order.fulfilment,
    sellingStore: storeRef(selling),
    pickupStore: pickup ? storeRef(pickup) : null,
    address: opts.withContact && order.address ? order.address : null,
    customer: {
      id: customer.id,
      firstName: customer.firstName,
      lastName: customer.lastName,
      phone: opts.withContact ? customer.phoneE164 : null,
      email: opts.withContact ? customer.emailNorm : null,
    },
    promiseDate: order.promiseDate,
    totalCents: order.totalCents,
    createdAt: order.createdAt.toISOString(),
    lines: lineRows.map(({ line, variant, styleName, source }) => ({
      id: line.id,
      kind: line.kind,
      variant: { variantId: variant.id, styleId: variant.styleId, styleName, colour: variant.colour, size: variant.size, sku: variant.sku, ean: variant.ean },
      qty: line.qty,
      unitPriceCents: line.unitPriceCents,
      source: storeRef(source),
      status: line.status,
      promiseDate: line.promiseDate,
      carrier: line.carrier,
      trackingNumber: line.trackingNumber,
      packed: packed.has(line.id),
      nextStatuses: nextLineStatuses(line.status, {
        kind: line.kind,
        fulfilment: order.fulfilment,
        sameStorePickup: order.fulfilment === "pickup" && order.pickupStoreId === line.sourceStoreId,
      }),
    })),
    events: eventRows.map(({ event, by }) => ({
      id: event.id,
      lineId: event.lineId,
      status: event.status,
      note: event.note,
      at: event.at.toISOString(),
      by: by ?? null,
    })),
    canCancel: cancel.ok,
    cancelBlockedReason: cancel.ok ? null : cancel.reason,
    emailQueued: Boolean(head.emailQueued),
  };
}
