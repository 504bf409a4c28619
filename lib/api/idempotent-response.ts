import type { IdempotentResult } from "./idempotency";

/** The stored (or first) response as sent: same status, same bytes; Idempotent-Replayed tells a retry from the original. */
export function idempotentResponse(result: IdempotentResult<unknown>): Response {
  return new Response(result.json, {
    status: result.status,
    headers: { "content-type": "application/json", "idempotent-replayed": String(result.replayed) },
  });
}
