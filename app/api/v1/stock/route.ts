import { apiRoute } from "@/lib/api/route";
import { variantStockEndpoint } from "@/lib/domain/stock/endpoints";
import { resolveOriginStore } from "@/lib/domain/stock/origin-store";
import { getVariantStock } from "@/lib/domain/stock/variant-stock";

export const GET = apiRoute(variantStockEndpoint, async ({ actor, db, query }) =>
  getVariantStock(db, { variantId: query.variantId, sku: query.sku, originStoreId: resolveOriginStore(actor, query.store) }),
);
