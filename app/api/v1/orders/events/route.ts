import { apiRoute } from "@/lib/api/route";
import { orderEventsEndpoint } from "@/lib/domain/orders/endpoints";
import { listOrderEvents } from "@/lib/domain/orders/list-order-events";

export const GET = apiRoute(orderEventsEndpoint, async ({ actor, db, query }) => listOrderEvents(db, actor, query));
