import { apiRoute } from "@/lib/api/route";
import { applyStockEvents } from "@/lib/domain/stock/apply-stock-events";
import { stockEventsEndpoint } from "@/lib/domain/stock/endpoints";

// 200 with a result per event (not 207): clients read `results` whatever happened to each event.
export const POST = apiRoute(stockEventsEndpoint, async ({ actor, db, body }) =>
  applyStockEvents(db, body.events, { onlyStoreId: actor.kind === "token" ? actor.storeId : null }),
);
