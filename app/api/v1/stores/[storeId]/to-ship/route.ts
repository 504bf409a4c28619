import { apiRoute } from "@/lib/api/route";
import { toShipEndpoint } from "@/lib/domain/orders/endpoints";
import { listToShip } from "@/lib/domain/orders/list-to-ship";

export const GET = apiRoute(toShipEndpoint, async ({ actor, db, params }) => ({ items: await listToShip(db, actor, Number(params.storeId)) }));
