import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { stock } from "@/lib/db/schema";

const at = (variantId: number, storeId: number) => and(eq(stock.variantId, variantId), eq(stock.storeId, storeId));
const hasAvailable = (qty: number) => sql`${stock.onHand} - ${stock.reserved} >= ${qty}`;

/**
 * Reserves `qty` units if that many are available, in one conditional UPDATE: the row lock makes concurrent
 * reservations queue, and each re-checks availability after the one before commits. False = not enough.
 */
export async function reserveStock(tx: DbOrTx, variantId: number, storeId: number, qty: number): Promise<boolean> {
  const rows = await tx
    .update(stock)
    .set({ reserved: sql`${stock.reserved} + ${qty}`, updatedAt: sql`now()` })
    .where(and(at(variantId, storeId), hasAvailable(qty)))
    .returning({ variantId: stock.variantId });
  return rows.length === 1;
}

/** Sells `qty` units off this store's floor (a take-now line): only units nobody has reserved. */
export async function sellFromFloor(tx: DbOrTx, variantId: number, storeId: number, qty: number): Promise<boolean> {
  const rows = await tx
    .update(stock)
    .set({ onHand: sql`${stock.onHand} - ${qty}`, updatedAt: sql`now()` })
    .where(and(at(variantId, storeId), hasAvailable(qty)))
    .returning({ variantId: stock.variantId });
  return rows.length === 1;
}

/** Gives a reservation back (cancel, hold expired or released). */
export async function releaseReservation(tx: DbOrTx, variantId: number, storeId: number, qty: number): Promise<void> {
  const rows = await tx
    .update(stock)
    .set({ reserved: sql`${stock.reserved} - ${qty}`, updatedAt: sql`now()` })
    .where(at(variantId, storeId))
    .returning({ variantId: stock.variantId });
  if (rows.length !== 1) throw new Error(`releaseReservation: no stock row for variant ${variantId} at store ${storeId}`);
}

/** The reserved units leave the store (shipped, or handed over where they were held). */
export async function consumeReservation(tx: DbOrTx, variantId: number, storeId: number, qty: number): Promise<void> {
  const rows = await tx
    .update(stock)
    .set({ onHand: sql`${stock.onHand} - ${qty}`, reserved: sql`${stock.reserved} - ${qty}`, updatedAt: sql`now()` })
    .where(at(variantId, storeId))
    .returning({ variantId: stock.variantId });
  if (rows.length !== 1) throw new Error(`consumeReservation: no stock row for variant ${variantId} at store ${storeId}`);
}

/** Bounds every row-lock wait in this transaction: a stuck order fails fast (409, retry) instead of piling up. */
export async function boundLockWaits(tx: DbOrTx, timeout = "2s"): Promise<void> {
  await tx.execute(sql`SELECT set_config('lock_timeout', ${timeout}, true)`);
}
