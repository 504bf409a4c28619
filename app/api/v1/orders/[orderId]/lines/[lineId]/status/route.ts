import { apiRoute } from "@/lib/api/route";
import { changeLineStatus } from "@/lib/domain/orders/change-line-status";
import { lineStatusEndpoint } from "@/lib/domain/orders/endpoints";

export const POST = apiRoute(lineStatusEndpoint, async ({ actor, db, params, body }) => changeLineStatus(db, actor, params.orderId!, params.lineId!, body));
