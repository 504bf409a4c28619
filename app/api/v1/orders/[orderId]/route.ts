import { apiRoute } from "@/lib/api/route";
import { getOrderEndpoint } from "@/lib/domain/orders/endpoints";
import { getOrder } from "@/lib/domain/orders/get-order";

export const GET = apiRoute(getOrderEndpoint, async ({ actor, db, params, query }) =>
  getOrder(db, actor, params.orderId!, { withContact: query.contact === "true", screen: "api" }),
);
