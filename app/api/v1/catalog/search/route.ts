import { apiRoute } from "@/lib/api/route";
import { searchEndpoint } from "@/lib/domain/catalog/endpoints";
import { searchStyles } from "@/lib/domain/catalog/search-styles";
import { resolveOriginStore } from "@/lib/domain/stock/origin-store";

export const GET = apiRoute(searchEndpoint, async ({ actor, db, query }) => {
  const { q, store, limit, priceMin, priceMax, category, colour, size } = query;
  const filters = { category, colour, size, priceMinCents: priceMin, priceMaxCents: priceMax };
  return searchStyles(db, { q, storeId: resolveOriginStore(actor, store), filters, limit });
});
