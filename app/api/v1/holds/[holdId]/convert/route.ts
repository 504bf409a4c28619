import { apiRoute } from "@/lib/api/route";
import { idempotentResponse } from "@/lib/api/idempotent-response";
import { checkIdempotencyKey } from "@/lib/api/request-hash";
import { convertHold } from "@/lib/domain/holds/convert-hold";
import { convertHoldEndpoint } from "@/lib/domain/holds/endpoints";

export const POST = apiRoute(convertHoldEndpoint, async ({ actor, db, req, params, body }) => {
  const idempotencyKey = checkIdempotencyKey(req.headers.get("idempotency-key"));
  return idempotentResponse(await convertHold(db, actor, params.holdId!, body, { idempotencyKey }));
});
