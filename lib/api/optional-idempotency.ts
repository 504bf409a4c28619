import "server-only";
import { actorKey, type Actor } from "@/lib/auth/actor";
import type { Db, DbOrTx } from "@/lib/db/client";
import { runIdempotent } from "./idempotency";
import { idempotentResponse } from "./idempotent-response";
import { checkIdempotencyKey } from "./request-hash";

/**
 * For writes where a key is welcome but not required (notes, consent decisions): with an Idempotency-Key header a
 * resend after a lost answer returns the first answer instead of writing twice (the tablet's outbox always sends
 * one); without it the write simply runs.
 */
export async function withOptionalIdempotency<T>(
  req: Request,
  db: Db,
  actor: Actor,
  request: { scope: string; body: unknown },
  work: (db: DbOrTx) => Promise<T>,
): Promise<T | Response> {
  const header = req.headers.get("idempotency-key");
  if (header === null) return work(db);
  const key = checkIdempotencyKey(header);
  return idempotentResponse(await runIdempotent(db, { actorKey: actorKey(actor), key, scope: request.scope, body: request.body }, async (tx) => ({ status: 200, body: await work(tx) })));
}
