import { apiRoute } from "@/lib/api/route";
import { listStoresEndpoint } from "@/lib/domain/stores/endpoints";
import { listStores } from "@/lib/domain/stores/queries";

export const GET = apiRoute(listStoresEndpoint, async ({ db }) => ({ stores: await listStores(db) }));
