import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { styles, variants } from "@/lib/db/schema";
import type { CatalogRow } from "./csv-rows";

export type LineError = { line: number; message: string };

const styleSet = {
  name: sql`excluded.name`,
  brand: sql`excluded.brand`,
  category: sql`excluded.category`,
  department: sql`excluded.department`,
  gender: sql`excluded.gender`,
  description: sql`excluded.description`,
  materials: sql`excluded.materials`,
  priceCents: sql`excluded.price_cents`,
  attributes: sql`excluded.attributes`,
  images: sql`excluded.images`,
  updatedAt: sql`now()`,
};
const variantSet = {
  styleId: sql`excluded.style_id`,
  ean: sql`excluded.ean`,
  colour: sql`excluded.colour`,
  colourHex: sql`excluded.colour_hex`,
  size: sql`excluded.size`,
  sizeOrder: sql`excluded.size_order`,
  priceCents: sql`excluded.price_cents`,
  active: sql`excluded.active`,
  updatedAt: sql`now()`,
};

async function upsert(db: DbOrTx, rows: CatalogRow[]): Promise<void> {
  // Rows of one style repeat its columns; the last row of the batch wins.
  const byCode = new Map(rows.map((r) => [r.styleCode, r]));
  const saved = await db
    .insert(styles)
    .values(
      [...byCode.values()].map((r) => ({
        code: r.styleCode,
        name: r.styleName,
        brand: r.brand,
        category: r.category,
        department: r.department,
        gender: r.gender,
        description: r.description,
        materials: r.materials,
        priceCents: r.priceCents,
        attributes: r.attributes,
        images: r.images,
      })),
    )
    .onConflictDoUpdate({ target: styles.code, set: styleSet })
    .returning({ id: styles.id, code: styles.code });
  const styleId = new Map(saved.map((s) => [s.code, s.id]));
  await db
    .insert(variants)
    .values(
      rows.map((r) => ({
        styleId: styleId.get(r.styleCode)!,
        sku: r.sku,
        ean: r.ean,
        colour: r.colour,
        colourHex: r.colourHex,
        size: r.size,
        sizeOrder: r.sizeOrder ?? 0,
        priceCents: r.variantPriceCents ?? r.priceCents,
        active: r.active,
      })),
    )
    .onConflictDoUpdate({ target: variants.sku, set: variantSet });
}

/**
 * Upserts one batch of catalogue rows (styles by code, variants by SKU) in a transaction. Rows must have
 * distinct SKUs and a size order. An EAN already on another SKU is a line error; if the batch still fails,
 * each row is retried alone so the error lands on its line and the others are saved.
 */
export async function upsertCatalogBatch(db: DbOrTx, rows: CatalogRow[]): Promise<{ saved: number; errors: LineError[] }> {
  const errors: LineError[] = [];
  const taken = rows.length
    ? await db.select({ sku: variants.sku, ean: variants.ean }).from(variants).where(inArray(variants.ean, rows.map((r) => r.ean)))
    : [];
  const skuOfEan = new Map(taken.map((t) => [t.ean, t.sku]));
  const ok = rows.filter((r) => {
    const other = skuOfEan.get(r.ean);
    if (other === undefined || other === r.sku) return true;
    errors.push({ line: r.line, message: `ean: already used by SKU ${other}` });
    return false;
  });
  if (!ok.length) return { saved: 0, errors };
  try {
    await db.transaction((tx) => upsert(tx, ok));
    return { saved: ok.length, errors };
  } catch {
    let saved = 0;
    for (const r of ok) {
      try {
        await db.transaction((tx) => upsert(tx, [r]));
        saved++;
      } catch (e) {
        errors.push({ line: r.line, message: `could not be saved: ${dbMessage(e)}` });
      }
    }
    return { saved, errors: errors.sort((a, b) => a.line - b.line) };
  }
}

function dbMessage(e: unknown): string {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === "object"; i++) {
    const c = cur as { detail?: string; message?: string; cause?: unknown };
    if (c.detail) return c.detail;
    if (c.cause === undefined) return c.message ?? String(e);
    cur = c.cause;
  }
  return String(e);
}
