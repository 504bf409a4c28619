import { apiRoute } from "@/lib/api/route";
import { barcodeEndpoint } from "@/lib/domain/catalog/endpoints";
import { findByBarcode } from "@/lib/domain/catalog/find-by-barcode";

export const GET = apiRoute(barcodeEndpoint, async ({ db, params }) => findByBarcode(db, params.code ?? ""));
