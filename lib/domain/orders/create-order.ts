import "server-only";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { orderEvents, orderLines, orders, saleLines, sales } from "@/lib/db/schema";
import { findOrCreateCustomer } from "@/lib/domain/customers/find-or-create-customer";
import { orderConfirmationEmail } from "@/lib/domain/email/order-confirmation";
import { queueEmail } from "@/lib/domain/email/queue-email";
import { recordUsageBy } from "@/lib/domain/usage/record-usage";
import { errors } from "@/lib/errors";
import { loadPlanContext } from "./load-plan-context";
import { planOrder, resolveDestination, type PlannedLine } from "./plan-order";
import { ReservationFailed, type FailedLine } from "./out-of-stock";
import { deriveOrderStatus, orderNumberFrom, orderPromiseDate } from "./rules";
import type { PlaceOrderInput, SourceOption } from "./schemas";
import { boundLockWaits, reserveStock, sellFromFloor } from "./stock-moves";

export type CreateOrderOptions = {
  now: Date;
  /** Line indexes whose units are already reserved at their source (a converted hold): no second reservation. */
  preReserved?: ReadonlySet<number>;
};

/**
 * Creates an order inside the caller's transaction: customer found or created, every line planned and its
 * stock reserved (or sold off the floor) with conditional updates in (variant, store) order, then the order,
 * its lines, the store sale for take-now lines, the timeline, the confirmation email and usage events.
 * Throws ReservationFailed (the caller rolls back) when any line cannot get its units.
 */
export async function createOrder(tx: Tx, actor: Actor, input: PlaceOrderInput, sellingStoreId: number, opts: CreateOrderOptions): Promise<string> {
  const { now } = opts;
  await boundLockWaits(tx);
  const customer = await findOrCreateCustomer(tx, input.customer, { homeStoreId: sellingStoreId, createdBy: actorUserId(actor) });
  const ctx = await loadPlanContext(tx, { sellingStoreId, fulfilment: input.fulfilment, lines: input.lines, now });
  const planned = planOrder(ctx, resolveDestination(input.fulfilment, ctx.stores), input.lines);
  refuseUnplannable(planned);

  const chosen = await reserveLines(tx, planned, ctx.sellingStore.id, opts.preReserved ?? new Set());
  const lines = planned.map((p) => ({ ...p, source: chosen.get(p.index)! }));
  const userId = actorUserId(actor);
  const pickupStoreId = input.fulfilment.kind === "pickup" ? input.fulfilment.storeId : null;
  const lineRows = lines.map((l) => ({
    variantId: l.variant!.variantId,
    sourceStoreId: l.source.storeId,
    kind: l.kind,
    qty: l.qty,
    unitPriceCents: l.unitPriceCents,
    // A take-now line leaves with the customer at the till.
    status: l.kind === "take_now" ? ("picked_up" as const) : ("placed" as const),
    promiseDate: l.source.promiseDate,
  }));
  const status = deriveOrderStatus(lineRows);
  const promiseDate = orderPromiseDate(lineRows.map((l) => l.promiseDate));
  const totalCents = lines.reduce((s, l) => s + l.lineTotalCents, 0);

  const order = await insertWithFreshNumber(tx, {
    customerId: customer.id,
    storeId: sellingStoreId,
    createdBy: userId,
    status,
    fulfilment: input.fulfilment.kind,
    pickupStoreId,
    address: input.fulfilment.kind === "delivery" ? input.fulfilment.address : null,
    promiseDate,
    totalCents,
  });
  const inserted = await tx
    .insert(orderLines)
    .values(lineRows.map((l) => ({ ...l, orderId: order.id })))
    .returning({ id: orderLines.id, kind: orderLines.kind });
  // clock_timestamp(), not now(): the feed's settle window is measured from close to the commit.
  await tx.insert(orderEvents).values({ orderId: order.id, status: "placed", note: "", userId, at: sql`clock_timestamp()` });
  const takeNow = lines.filter((l) => l.kind === "take_now");
  if (takeNow.length) {
    for (const row of inserted.filter((r) => r.kind === "take_now")) {
      await tx.insert(orderEvents).values({ orderId: order.id, lineId: row.id, status: "picked_up", note: "Taken from the store", userId, at: sql`clock_timestamp()` });
    }
    await recordStoreSale(tx, { orderId: order.id, storeId: sellingStoreId, customerId: customer.id, userId, now, lines: takeNow });
    await recordUsageBy(tx, actor, "store_sale", { orderId: order.id, units: takeNow.reduce((s, l) => s + l.qty, 0) });
  }
  if (customer.emailNorm) {
    const pickup = pickupStoreId != null ? ctx.stores.get(pickupStoreId) : undefined;
    const email = orderConfirmationEmail({
      number: order.number,
      customerFirstName: customer.firstName,
      sellingStoreName: ctx.sellingStore.name,
      fulfilment: input.fulfilment.kind,
      pickupStoreName: pickup ? pickup.name : null,
      address: input.fulfilment.kind === "delivery" ? input.fulfilment.address : null,
      promiseDate,
      totalCents,
      lines: lines.map((l) => ({
        description: `${l.variant!.styleName}, ${l.variant!.colour}, size ${l.variant!.size}`,
        qty: l.qty,
        unitPriceCents: l.unitPriceCents,
        kind: l.kind,
        promiseDate: l.source.promiseDate,
      })),
    });
    await queueEmail(tx, { to: customer.emailNorm, subject: email.subject, bodyText: email.text, kind: "order_confirmation", refId: order.id });
  }
  // Ship lines by source store and value, so the dashboards can show orders to home by source store.
  const sources = sourceValues(lines.filter((l) => l.kind === "ship"));
  await recordUsageBy(tx, actor, "order_placed", {
    orderId: order.id,
    sourceStoreId: sources.length === 1 ? sources[0]!.storeId : null,
    sources,
    lines: lines.length,
    shipLines: lines.length - takeNow.length,
    takeNowLines: takeNow.length,
    bestSource: lines.filter((l) => l.requestedSource === "best").length,
    fulfilment: input.fulfilment.kind,
    newCustomer: customer.created,
    totalCents,
  });
  return order.id;
}

function sourceValues(lines: { source: { storeId: number }; lineTotalCents: number }[]): { storeId: number; valueCents: number }[] {
  const by = new Map<number, number>();
  for (const l of lines) by.set(l.source.storeId, (by.get(l.source.storeId) ?? 0) + l.lineTotalCents);
  return [...by].map(([storeId, valueCents]) => ({ storeId, valueCents }));
}

/** Unknown items, closed stores and stores that do not ship are the associate's to fix, not a stock race. */
function refuseUnplannable(planned: PlannedLine[]) {
  const fields: Record<string, string> = {};
  for (const l of planned) {
    if (l.problem && l.problem.code !== "out_of_stock") fields[`lines.${l.index}.${l.problem.code === "unknown_item" ? "variantId" : "source"}`] = l.problem.message;
  }
  if (Object.keys(fields).length) throw errors.validation("Some lines need attention.", fields);
}

/**
 * Reserves every line in (variant, store) order so two multi-line orders never wait on each other in a cycle.
 * A "best" line that loses its first store at the last moment tries the next-best ones.
 */
async function reserveLines(tx: Tx, planned: PlannedLine[], sellingStoreId: number, preReserved: ReadonlySet<number>): Promise<Map<number, SourceOption>> {
  const ordered = [...planned].sort((a, b) => a.variant!.variantId - b.variant!.variantId || firstStore(a, sellingStoreId) - firstStore(b, sellingStoreId) || a.index - b.index);
  const chosen = new Map<number, SourceOption>();
  const failed: FailedLine[] = [];
  for (const line of ordered) {
    const variantId = line.variant!.variantId;
    const tried: number[] = [];
    for (const candidate of line.candidates) {
      tried.push(candidate.storeId);
      const ok =
        preReserved.has(line.index) ||
        (line.kind === "take_now"
          ? await sellFromFloor(tx, variantId, candidate.storeId, line.qty)
          : await reserveStock(tx, variantId, candidate.storeId, line.qty));
      if (ok) {
        chosen.set(line.index, candidate);
        break;
      }
    }
    if (!chosen.has(line.index)) failed.push({ index: line.index, variantId, requestedSource: line.requestedSource, triedStoreIds: tried });
  }
  // Every line is attempted first, so the associate learns about all of them at once.
  if (failed.length) throw new ReservationFailed(failed.sort((a, b) => a.index - b.index));
  return chosen;
}

function firstStore(l: PlannedLine, sellingStoreId: number): number {
  return l.kind === "take_now" ? sellingStoreId : (l.candidates[0]?.storeId ?? 0);
}

async function insertWithFreshNumber(tx: Tx, values: Omit<typeof orders.$inferInsert, "number">): Promise<{ id: string; number: string }> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const number = orderNumberFrom(randomBytes(6));
    // ON CONFLICT keeps the transaction alive on the rare clash; a unique violation would abort it.
    const [row] = await tx.insert(orders).values({ ...values, number }).onConflictDoNothing({ target: orders.number }).returning({ id: orders.id, number: orders.number });
    if (row) return row;
  }
  throw new Error("could not find a free order number after 8 attempts");
}

async function recordStoreSale(
  tx: Tx,
  a: { orderId: string; storeId: number; customerId: string; userId: string | null; now: Date; lines: (PlannedLine & { source: SourceOption })[] },
) {
  const [sale] = await tx
    .insert(sales)
    .values({
      channel: "store",
      storeId: a.storeId,
      customerId: a.customerId,
      userId: a.userId,
      orderId: a.orderId,
      totalCents: a.lines.reduce((s, l) => s + l.lineTotalCents, 0),
      at: a.now,
    })
    .returning({ id: sales.id });
  await tx.insert(saleLines).values(
    a.lines.map((l) => ({ saleId: sale!.id, variantId: l.variant!.variantId, styleId: l.variant!.styleId, qty: l.qty, unitPriceCents: l.unitPriceCents })),
  );
}

