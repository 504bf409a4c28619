import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { variants } from "@/lib/db/schema";
import { normalizeBarcode } from "./rules";
import type { BarcodeLookup } from "./types";

/** EAN-13, UPC-A or EAN-8 (check digit verified) to the variant it labels. A malformed code is a 422. */
export async function findByBarcode(db: Db, code: string): Promise<BarcodeLookup> {
  const ean = normalizeBarcode(code);
  const [v] = await db
    .select({ styleId: variants.styleId, variantId: variants.id, colour: variants.colour, size: variants.size })
    .from(variants)
    .where(eq(variants.ean, ean))
    .limit(1);
  return v ? { found: true, ...v } : { found: false, code: ean };
}
