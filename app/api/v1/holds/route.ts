import { apiRoute } from "@/lib/api/route";
import { idempotentResponse } from "@/lib/api/idempotent-response";
import { checkIdempotencyKey } from "@/lib/api/request-hash";
import { createHold } from "@/lib/domain/holds/create-hold";
import { createHoldEndpoint } from "@/lib/domain/holds/endpoints";

export const POST = apiRoute(createHoldEndpoint, async ({ actor, db, req, body }) => {
  const idempotencyKey = checkIdempotencyKey(req.headers.get("idempotency-key"));
  return idempotentResponse(await createHold(db, actor, body, { idempotencyKey }));
});
