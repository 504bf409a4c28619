import { apiRoute } from "@/lib/api/route";
import { storeMatrixEndpoint } from "@/lib/domain/stock/endpoints";
import { resolveOriginStore } from "@/lib/domain/stock/origin-store";
import { getStoreMatrix } from "@/lib/domain/stock/store-matrix";

export const GET = apiRoute(storeMatrixEndpoint, async ({ actor, db, params, query }) =>
  getStoreMatrix(db, { styleId: Number(params.styleId), storeId: resolveOriginStore(actor, query.store) }),
);
