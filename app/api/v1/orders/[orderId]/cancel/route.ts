import { apiRoute } from "@/lib/api/route";
import { idempotentResponse } from "@/lib/api/idempotent-response";
import { checkIdempotencyKey } from "@/lib/api/request-hash";
import { cancelOrder } from "@/lib/domain/orders/cancel-order";
import { cancelOrderEndpoint } from "@/lib/domain/orders/endpoints";

export const POST = apiRoute(cancelOrderEndpoint, async ({ actor, db, req, params, body }) => {
  const idempotencyKey = checkIdempotencyKey(req.headers.get("idempotency-key"));
  return idempotentResponse(await cancelOrder(db, actor, params.orderId!, body, { idempotencyKey }));
});
