import type { OrderStatus } from "@/lib/db/schema";
import { type PromiseInput, type PromiseResult, promiseDate } from "./promise-date";

export type LineKind = "ship" | "take_now";
export type Fulfilment = "delivery" | "pickup";
/** What a line's status change depends on besides its current status. */
export type LineContext = { kind: LineKind; fulfilment: Fulfilment; /** The pickup store is the line's source: nothing travels. */ sameStorePickup: boolean };

export const ORDER_STATUSES: readonly OrderStatus[] = ["placed", "picking", "shipped", "delivered", "picked_up", "cancelled"];
const FINAL: ReadonlySet<OrderStatus> = new Set(["delivered", "picked_up", "cancelled"]);
const UNSHIPPED: ReadonlySet<OrderStatus> = new Set(["placed", "picking"]);

/** Where a line may go next. Take-now lines are handed over at the till, so they never move. */
export function nextLineStatuses(from: OrderStatus, ctx: LineContext): OrderStatus[] {
  if (ctx.kind === "take_now" || FINAL.has(from)) return [];
  // A unit collected where it already is never ships; everything else travels before it is handed over.
  const handOver: OrderStatus[] = ctx.sameStorePickup ? ["picked_up"] : ["shipped"];
  if (from === "placed") return ["picking", ...handOver, "cancelled"];
  if (from === "picking") return [...handOver, "cancelled"];
  // from === "shipped": the carrier delivers to an address, or the pickup store hands it over.
  return ctx.fulfilment === "pickup" ? ["picked_up"] : ["delivered"];
}

export function canMoveLine(from: OrderStatus, to: OrderStatus, ctx: LineContext): boolean {
  return nextLineStatuses(from, ctx).includes(to);
}

/**
 * What a status change does to the source store's stock: a cancel before shipping gives the reservation back;
 * the unit leaving the store (shipped, or collected where it was reserved) takes it off the shelf for good.
 */
export function stockEffect(from: OrderStatus, to: OrderStatus): "none" | "release" | "consume" {
  if (!UNSHIPPED.has(from)) return "none";
  if (to === "cancelled") return "release";
  if (to === "shipped" || to === "picked_up") return "consume";
  return "none";
}

const PROGRESS: Record<OrderStatus, number> = { placed: 0, picking: 1, shipped: 2, delivered: 3, picked_up: 3, cancelled: 4 };

/**
 * The order's status from its lines: the least advanced line that is not cancelled; cancelled when every line is.
 * When every live line is handed over, "delivered" if any went to an address, else "picked_up".
 */
export function deriveOrderStatus(lines: readonly { status: OrderStatus }[]): OrderStatus {
  const live = lines.filter((l) => l.status !== "cancelled");
  if (live.length === 0) return "cancelled";
  const least = live.reduce((a, l) => (PROGRESS[l.status] < PROGRESS[a.status] ? l : a));
  if (PROGRESS[least.status] < 3) return least.status;
  return live.some((l) => l.status === "delivered") ? "delivered" : "picked_up";
}

/**
 * Which lines a cancel touches. An order with a shipped (or handed-over) ship line cannot be cancelled:
 * the unit is on its way or with the customer, which is a return. Take-now lines were sold at the till and stay.
 */
export function cancellableLines<L extends { id: string; kind: LineKind; status: OrderStatus }>(
  lines: readonly L[],
): { ok: true; lines: L[] } | { ok: false; reason: string } {
  const ship = lines.filter((l) => l.kind === "ship");
  if (ship.some((l) => l.status === "shipped" || l.status === "delivered" || l.status === "picked_up")) {
    return { ok: false, reason: "Part of this order has already shipped, so it cannot be cancelled; start a return instead." };
  }
  const open = ship.filter((l) => UNSHIPPED.has(l.status));
  if (open.length === 0) return { ok: false, reason: "Nothing in this order can be cancelled." };
  return { ok: true, lines: open };
}

/** No 0/O or 1/I, so a number read aloud or from a screen is typed back right. 32 symbols: 5 bits each. */
export const ORDER_NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const ORDER_NUMBER_PREFIX = "FW-";
const ORDER_NUMBER = new RegExp(`^FW-[${ORDER_NUMBER_ALPHABET}]{6}$`);

/** "FW-" and 6 symbols from six random bytes (a power-of-two alphabet keeps every symbol equally likely). */
export function orderNumberFrom(bytes: Uint8Array): string {
  if (bytes.length < 6) throw new Error("orderNumberFrom needs 6 random bytes");
  let out = ORDER_NUMBER_PREFIX;
  for (let i = 0; i < 6; i++) out += ORDER_NUMBER_ALPHABET[bytes[i]! & 31];
  return out;
}

/** What an associate types ("fw 7k3 p9q", "7K3P9Q") as a stored order number, or null if it cannot be one. */
export function normaliseOrderNumber(raw: string): string | null {
  const compact = raw.toUpperCase().replace(/[\s-]/g, "");
  const body = compact.startsWith("FW") && compact.length === 8 ? compact.slice(2) : compact;
  const candidate = `${ORDER_NUMBER_PREFIX}${body}`;
  return ORDER_NUMBER.test(candidate) ? candidate : null;
}

/**
 * A line's promise date. Collecting at the source store itself needs no transport: it is ready once processed.
 */
export function linePromise(input: PromiseInput, sourceStoreId: number, pickupStoreId: number | null): PromiseResult {
  const result = promiseDate(input);
  if (input.destination.kind !== "pickup" || pickupStoreId !== sourceStoreId) return result;
  return {
    date: result.dispatchDate,
    dispatchDate: result.dispatchDate,
    transitDays: 0,
    explanation: [...result.explanation.slice(0, 2), `Ready to collect at the same store ${result.dispatchDate}.`],
  };
}

/** The order arrives complete when its last line does. */
export function orderPromiseDate(lineDates: readonly (string | null)[]): string | null {
  return lineDates.reduce<string | null>((latest, d) => (d && (!latest || d > latest) ? d : latest), null);
}
