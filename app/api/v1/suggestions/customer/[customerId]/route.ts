import { apiRoute } from "@/lib/api/route";
import { resolveOriginStore } from "@/lib/domain/stock/origin-store";
import { customerSuggestionsEndpoint } from "@/lib/domain/recommendations/endpoints";
import { suggestForCustomer } from "@/lib/domain/recommendations/suggest-for-customer";

export const GET = apiRoute(customerSuggestionsEndpoint, async ({ actor, db, params, query }) => {
  const { store, styleId, ...rest } = query;
  return suggestForCustomer(db, { customerId: params.customerId ?? "", storeId: resolveOriginStore(actor, store), contextStyleId: styleId, ...rest });
});
