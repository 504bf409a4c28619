import { apiRoute } from "@/lib/api/route";
import { resolveOriginStore } from "@/lib/domain/stock/origin-store";
import { rescueSuggestionsEndpoint } from "@/lib/domain/recommendations/endpoints";
import { rescueSuggestions } from "@/lib/domain/recommendations/rescue-suggestions";

export const GET = apiRoute(rescueSuggestionsEndpoint, async ({ actor, db, query }) => {
  const { store, ...rest } = query;
  return rescueSuggestions(db, { ...rest, storeId: resolveOriginStore(actor, store) });
});
