import { apiRoute } from "@/lib/api/route";
import { resolveOriginStore } from "@/lib/domain/stock/origin-store";
import { styleSuggestionsEndpoint } from "@/lib/domain/recommendations/endpoints";
import { suggestForStyle } from "@/lib/domain/recommendations/suggest-for-style";

export const GET = apiRoute(styleSuggestionsEndpoint, async ({ actor, db, params, query }) => {
  const { store, ...rest } = query;
  return suggestForStyle(db, { styleId: Number(params.styleId), storeId: resolveOriginStore(actor, store), ...rest });
});
