import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { styles, variants } from "@/lib/db/schema";
import type { ColourSwatch, StyleDetail, VariantInfo } from "./types";

/** A style with its colours (in the order they were created) and each colour's variants along the size run. */
export async function getStyle(db: Db, styleId: number): Promise<StyleDetail | null> {
  if (!Number.isSafeInteger(styleId) || styleId < 1) return null;
  const [style] = await db.select().from(styles).where(eq(styles.id, styleId)).limit(1);
  if (!style) return null;
  const rows = await db
    .select()
    .from(variants)
    .where(and(eq(variants.styleId, styleId), eq(variants.active, true)))
    .orderBy(asc(variants.id));

  const colours = new Map<string, ColourSwatch & { variants: VariantInfo[] }>();
  const sizes = new Map<string, number>();
  for (const v of rows) {
    let c = colours.get(v.colour);
    if (!c) colours.set(v.colour, (c = { name: v.colour, hex: v.colourHex, variants: [] }));
    c.variants.push({ variantId: v.id, size: v.size, sizeOrder: v.sizeOrder, sku: v.sku, ean: v.ean, priceCents: v.priceCents });
    // A colour missing a size still leaves it in the run; the lowest position wins if colours disagree.
    sizes.set(v.size, Math.min(sizes.get(v.size) ?? Infinity, v.sizeOrder));
  }
  for (const c of colours.values()) c.variants.sort((a, b) => a.sizeOrder - b.sizeOrder);

  return {
    id: style.id,
    code: style.code,
    name: style.name,
    brand: style.brand,
    category: style.category,
    department: style.department,
    gender: style.gender,
    description: style.description,
    materials: style.materials,
    priceCents: style.priceCents,
    attributes: style.attributes,
    images: style.images,
    sizes: [...sizes.entries()].sort((a, b) => a[1] - b[1]).map(([size]) => size),
    colours: [...colours.values()],
  };
}
