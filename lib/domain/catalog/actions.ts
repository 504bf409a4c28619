"use server";

import { action } from "@/lib/api/action";
import { workingStoreId } from "@/lib/auth/scope";
import { isAppError } from "@/lib/errors";
import { recordUsageBy } from "@/lib/domain/usage/record-usage";
import { findByBarcode } from "./find-by-barcode";
import { barcodeActionSchema, searchActionSchema } from "./schemas";
import { searchStyles } from "./search-styles";

// No store has id 0: an admin at a desk without a working store searches with nothing "available here".
const NO_STORE = 0;

/** Search box and type-ahead. The usage event keeps only sizes (query length, hit count), never the words typed. */
export const searchAction = action("catalog:read", searchActionSchema, async ({ q, filters, typeahead }, { actor, db }) => {
  const result = await searchStyles(db, { q, storeId: workingStoreId(actor) ?? NO_STORE, filters });
  await recordUsageBy(db, actor, "search", {
    qLength: result.query.length,
    hits: result.hits.length,
    filtered: Object.values(filters ?? {}).some((v) => v !== undefined),
    typeahead: typeahead === true,
  });
  return result;
});

/** A scan (wedge scanner, camera or typed): recorded whether it finds something, finds nothing or is unreadable. */
export const barcodeAction = action("catalog:read", barcodeActionSchema, async ({ code, source }, { actor, db }) => {
  try {
    const result = await findByBarcode(db, code);
    await recordUsageBy(db, actor, "scan", { source, found: result.found, ...(result.found ? { styleId: result.styleId, variantId: result.variantId } : {}) });
    return result;
  } catch (e) {
    if (isAppError(e) && e.status === 422) await recordUsageBy(db, actor, "scan", { source, found: false, malformed: true });
    throw e;
  }
});
