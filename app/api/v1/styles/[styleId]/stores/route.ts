import { apiRoute } from "@/lib/api/route";
import { storesGridEndpoint } from "@/lib/domain/stock/endpoints";
import { resolveOriginStore } from "@/lib/domain/stock/origin-store";
import { getStoresGrid } from "@/lib/domain/stock/stores-grid";

export const GET = apiRoute(storesGridEndpoint, async ({ actor, db, params, query }) => {
  const { store, ...filters } = query;
  return getStoresGrid(db, { styleId: Number(params.styleId), originStoreId: resolveOriginStore(actor, store), ...filters });
});
