import { apiRoute } from "@/lib/api/route";
import { lostSaleEndpoint } from "@/lib/domain/lost-sales/endpoints";
import { recordLostSale } from "@/lib/domain/lost-sales/record-lost-sale";

export const POST = apiRoute(lostSaleEndpoint, async ({ actor, db, body }) => recordLostSale(db, actor, body));
