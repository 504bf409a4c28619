import { apiRoute } from "@/lib/api/route";
import { quoteOrderEndpoint } from "@/lib/domain/orders/endpoints";
import { quoteOrder } from "@/lib/domain/orders/quote-order";

export const POST = apiRoute(quoteOrderEndpoint, async ({ actor, db, body }) => quoteOrder(db, actor, body));
