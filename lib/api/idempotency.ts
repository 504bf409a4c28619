import "server-only";
import { and, eq, lt } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/client";
import { idempotencyKeys } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { isTransientDbError } from "./error-response";
import { requestHash } from "./request-hash";

export type IdempotentRequest = {
  /** actorKey(actor): keys are per caller, so two tablets can never collide. */
  actorKey: string;
  key: string;
  /** The operation, e.g. "POST /orders": a key reused for another operation is a mismatch. */
  scope: string;
  /** The parsed request (without the key itself); its canonical hash decides "same request". */
  body: unknown;
};

/** `json` is the exact response text, identical on the first answer and every replay. */
export type IdempotentResult<T> = { status: number; body: T; json: string; replayed: boolean };

/** Responses are kept at least 8 days (the floor); a date column, so keep a day's margin. */
export const IDEMPOTENCY_RETENTION_DAYS = 9;
/** A transaction that lost a lock wait or a deadlock runs again, up to this many times, before the caller sees 409. */
const TRANSIENT_ATTEMPTS = 3;
/** A "running" row older than this belongs to a process that died; its work was rolled back with it. */
const STALE_RUNNING_MS = 60_000;

const mismatch = () =>
  new AppError("idempotency_mismatch", "This Idempotency-Key was already used for a different request. Use a new key for a new request.", 422);
const inProgress = () =>
  new AppError("idempotency_in_progress", "The same request is still being processed. Wait a moment, then retry with the same key.", 409, undefined, {
    "Retry-After": "1",
  });

/**
 * Runs `work` at most once per (caller, key). The first request claims the key with a "running" row in its own
 * short statement; the work and the stored response then commit in ONE transaction, so a crash can never leave
 * an order without its response. A repeat with the same body gets the stored response verbatim; a different body
 * gets 422; a repeat while the first is running gets 409. When the work fails (out of stock, validation, or an
 * unexpected error) nothing was created, so the claim is removed and the same key can carry a corrected request:
 * the tablet keeps one key per order started, and the associate's fix changes the body.
 */
export async function runIdempotent<T>(
  db: Db,
  req: IdempotentRequest,
  work: (tx: Tx) => Promise<{ status: number; body: T }>,
  opts: { now?: Date } = {},
): Promise<IdempotentResult<T>> {
  const hash = requestHash(req.body);
  const who = and(eq(idempotencyKeys.actorKey, req.actorKey), eq(idempotencyKeys.key, req.key));
  let claimedAt: Date | null = null;

  for (let attempt = 0; attempt < 4 && !claimedAt; attempt++) {
    const now = opts.now ?? new Date();
    const at = new Date(now.getTime());
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ actorKey: req.actorKey, key: req.key, scope: req.scope, requestHash: hash, state: "running", createdAt: at, expiresAt: expiryDate(now) })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length) {
      claimedAt = at;
      break;
    }
    const [row] = await db.select().from(idempotencyKeys).where(who).limit(1);
    if (!row) continue; // released between our insert and read: claim again
    if (row.expiresAt < isoDate(now)) {
      await db.delete(idempotencyKeys).where(and(who, eq(idempotencyKeys.createdAt, row.createdAt)));
      continue;
    }
    if (row.scope !== req.scope || row.requestHash !== hash) throw mismatch();
    if (row.state === "done") {
      // Stored as a JSON string; drizzle may hand it back already parsed, and re-serialising that keeps its key order.
      const json = typeof row.responseBody === "string" ? row.responseBody : JSON.stringify(row.responseBody);
      return { status: row.responseStatus ?? 200, body: JSON.parse(json) as T, json, replayed: true };
    }
    if (now.getTime() - row.createdAt.getTime() < STALE_RUNNING_MS) throw inProgress();
    // Take over an abandoned claim; compare-and-set on createdAt so only one retry wins it.
    const taken = await db
      .update(idempotencyKeys)
      .set({ createdAt: at })
      .where(and(who, eq(idempotencyKeys.state, "running"), eq(idempotencyKeys.createdAt, row.createdAt)))
      .returning({ key: idempotencyKeys.key });
    if (taken.length) claimedAt = at;
  }
  if (!claimedAt) throw inProgress();
  const claim = and(who, eq(idempotencyKeys.state, "running"), eq(idempotencyKeys.createdAt, claimedAt));

  const once = () =>
    db.transaction(async (tx) => {
      const out = await work(tx);
      // Stored as JSON text inside jsonb: jsonb would reorder keys, and a replay must be byte-identical.
      const json = JSON.stringify(out.body);
      const done = await tx
        .update(idempotencyKeys)
        .set({ state: "done", responseStatus: out.status, responseBody: json })
        .where(claim)
        .returning({ key: idempotencyKeys.key });
      // Our claim was taken over as stale: roll back rather than create twice.
      if (!done.length) throw inProgress();
      return { status: out.status, body: JSON.parse(json) as T, json, replayed: false };
    });
  try {
    // The claim lives outside the transaction, so a rolled-back attempt keeps the key ours for the next one.
    for (let attempt = 1; ; attempt++) {
      try {
        return await once();
      } catch (e) {
        if (attempt >= TRANSIENT_ATTEMPTS || !isTransientDbError(e)) throw e;
        await new Promise((r) => setTimeout(r, 25 * attempt + Math.random() * 100));
      }
    }
  } catch (e) {
    // Free the key for a corrected request. If even this fails (database gone), the claim goes stale and is taken over.
    await db
      .delete(idempotencyKeys)
      .where(claim)
      .catch((err: unknown) => logger().warn({ err, scope: req.scope }, "could not release an idempotency claim"));
    throw e;
  }
}

/** Drops responses past their retention; the sweeper job calls this. */
export async function purgeExpiredIdempotencyKeys(db: Db, now = new Date()): Promise<number> {
  const gone = await db.delete(idempotencyKeys).where(lt(idempotencyKeys.expiresAt, isoDate(now))).returning({ key: idempotencyKeys.key });
  return gone.length;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function expiryDate(now: Date): string {
  return isoDate(new Date(now.getTime() + IDEMPOTENCY_RETENTION_DAYS * 86_400_000));
}

