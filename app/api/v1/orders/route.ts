import { apiRoute } from "@/lib/api/route";
import { idempotentResponse } from "@/lib/api/idempotent-response";
import { checkIdempotencyKey } from "@/lib/api/request-hash";
import { findOrdersEndpoint, placeOrderEndpoint } from "@/lib/domain/orders/endpoints";
import { findOrders } from "@/lib/domain/orders/find-orders";
import { placeOrder } from "@/lib/domain/orders/place-order";

export const POST = apiRoute(placeOrderEndpoint, async ({ actor, db, req, body }) => {
  const idempotencyKey = checkIdempotencyKey(req.headers.get("idempotency-key"));
  return idempotentResponse(await placeOrder(db, actor, body, { idempotencyKey }));
});

export const GET = apiRoute(findOrdersEndpoint, async ({ actor, db, query }) => ({ orders: await findOrders(db, actor, query) }));
