import "server-only";
import { and, count, eq, gt, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { loginAttempts } from "@/lib/db/schema";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed per account in the window before 429. */
export const ACCOUNT_LIMIT = 5;
/**
 * Failures allowed per device or IP. Higher than per account: a shared tablet serves a whole team,
 * and one associate's typos must not lock out the others; the per-account limit still stops PIN guessing.
 */
export const SOURCE_LIMIT = 20;

export type ThrottleKeys = { account: string; sources: string[] };

/** Seconds until the caller may try again, or 0 when not throttled. Same answer whether or not the account exists. */
export async function throttleDelay(db: Db, keys: ThrottleKeys, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const checks: [string, number][] = [[keys.account, ACCOUNT_LIMIT], ...keys.sources.map((s): [string, number] => [s, SOURCE_LIMIT])];
  let wait = 0;
  for (const [key, limit] of checks) {
    const failures = await db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.key, key), eq(loginAttempts.ok, 0), gt(loginAttempts.at, since)))
      .orderBy(loginAttempts.at)
      .limit(limit + 50);
    if (failures.length >= limit) {
      // The window reopens when the oldest counted failure leaves it.
      const oldest = failures[failures.length - limit]!.at.getTime();
      wait = Math.max(wait, Math.ceil((oldest + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
    }
  }
  return Math.max(0, wait);
}

export async function recordAttempt(db: Db, keys: ThrottleKeys, ok: boolean): Promise<void> {
  const rows = [keys.account, ...keys.sources].map((key) => ({ key, ok: ok ? 1 : 0 }));
  await db.insert(loginAttempts).values(rows);
  if (ok) {
    // A success clears the account's failures, so one later typo is not punished for old ones.
    await db.delete(loginAttempts).where(and(eq(loginAttempts.key, keys.account), eq(loginAttempts.ok, 0)));
  }
}

/** Housekeeping: attempts older than a day are no longer needed. */
export async function pruneAttempts(db: Db, now = new Date()): Promise<number> {
  const res = await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 3600 * 1000))).returning({ id: loginAttempts.id });
  return res.length;
}

export async function failureCount(db: Db, key: string, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.ok, 0), gt(loginAttempts.at, new Date(now.getTime() - THROTTLE_WINDOW_MS))));
  return row?.n ?? 0;
}
