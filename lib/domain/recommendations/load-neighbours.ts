import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/lib/db/client";
import type { RecPairKind } from "@/lib/db/schema/recommendations";
import { arrayLiteral, intArrayLiteral } from "@/lib/db/bulk-insert";
import type { StyleFields } from "@/lib/domain/catalog/types";

/** What a suggestion needs to know about a style. */
export type StyleMeta = Pick<StyleFields, "id" | "code" | "name" | "brand" | "category" | "department" | "priceCents" | "attributes">;

export type NeighbourWithStyle = {
  fromStyleId: number;
  fromName: string;
  kind: RecPairKind;
  score: number;
  support: number;
  reasonData: Record<string, unknown>;
  style: StyleMeta;
};

type MetaRow = { id: number; code: string; name: string; brand: string; category: string; department: string; price_cents: number; attributes: Record<string, string> | null };

function meta(r: MetaRow): StyleMeta {
  return { id: Number(r.id), code: r.code, name: r.name, brand: r.brand, category: r.category, department: r.department, priceCents: Number(r.price_cents), attributes: r.attributes ?? {} };
}

/** Styles by id (inactive ones too: the style on screen may have just been withdrawn). */
export async function loadStyles(db: DbOrTx, ids: readonly number[]): Promise<Map<number, StyleMeta & { active: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf<MetaRow & { active: boolean }>(
    await db.execute(sql`
      SELECT id, code, name, brand, category, department, price_cents, attributes, active
      FROM styles WHERE id = ANY(${intArrayLiteral(Int32Array.from(ids))}::int[])`),
  );
  return new Map(rows.map((r) => [Number(r.id), { ...meta(r), active: Boolean(r.active) }]));
}

/**
 * The materialised neighbours of some styles, best first per kind (at most `perKind` of each when given), active
 * neighbours only: one read of the primary key per style and kind, and a key lookup per neighbour.
 */
export async function loadNeighbours(db: DbOrTx, styleIds: readonly number[], opts: { kinds?: readonly RecPairKind[]; perKind?: number } = {}): Promise<NeighbourWithStyle[]> {
  if (styleIds.length === 0) return [];
  const kinds = opts.kinds ?? ["co_basket", "co_customer", "similar"];
  const rows = rowsOf<MetaRow & { from_id: number; from_name: string; kind: RecPairKind; score: number; support: number; reason_data: Record<string, unknown> | null }>(
    await db.execute(sql`
      SELECT p.style_id AS from_id, f.name AS from_name, p.kind, p.score, p.support, p.reason_data,
             s.id, s.code, s.name, s.brand, s.category, s.department, s.price_cents, s.attributes
      FROM unnest(${intArrayLiteral(Int32Array.from(styleIds))}::int[]) AS i(id)
      JOIN styles f ON f.id = i.id
      CROSS JOIN unnest(${arrayLiteral(kinds)}::text[]) AS k(kind)
      CROSS JOIN LATERAL (
        SELECT style_id, kind, other_style_id, score, support, reason_data FROM rec_item_pairs
        WHERE style_id = i.id AND kind = k.kind ORDER BY score DESC, other_style_id LIMIT ${opts.perKind ?? 1_000}) p
      CROSS JOIN LATERAL (
        SELECT id, code, name, brand, category, department, price_cents, attributes FROM styles WHERE id = p.other_style_id AND active) s
      ORDER BY p.style_id, p.kind, p.score DESC, p.other_style_id`),
  );
  return rows.map((r) => ({
    fromStyleId: Number(r.from_id),
    fromName: r.from_name,
    kind: r.kind,
    score: Number(r.score),
    support: Number(r.support),
    reasonData: r.reason_data ?? {},
    style: meta(r),
  }));
}

/**
 * Stand-in similar styles while the job has not run yet: the same category and a compatible department, nearest in
 * price. Serving degrades to this rather than to nothing.
 */
export async function loadFallbackSimilar(db: DbOrTx, style: StyleMeta, limit: number): Promise<NeighbourWithStyle[]> {
  const rows = rowsOf<MetaRow>(
    await db.execute(sql`
      SELECT id, code, name, brand, category, department, price_cents, attributes FROM styles
      WHERE category = ${style.category} AND active AND id <> ${style.id}
        AND (department = ${style.department} OR (${style.department} <> 'kids' AND department <> 'kids' AND (department = 'unisex' OR ${style.department} = 'unisex')))
      ORDER BY abs(price_cents - ${style.priceCents}), id LIMIT ${limit}`),
  );
  return rows.map((r) => {
    const m = meta(r);
    const shared = ["last", "occasion", "fit"].filter((a) => m.attributes[a] !== undefined && m.attributes[a] === style.attributes[a]);
    const data: Record<string, unknown> = { shared, priceRatio: m.priceCents / Math.max(1, style.priceCents) };
    for (const a of shared) data[a] = style.attributes[a];
    return { fromStyleId: style.id, fromName: style.name, kind: "similar" as const, score: 0, support: 0, reasonData: data, style: m };
  });
}

/** Bestsellers of a store (0 = the whole chain) right now, by faded units sold. */
export async function loadPopular(db: DbOrTx, storeId: number, limit: number): Promise<{ styleId: number; weighted: number; style: StyleMeta }[]> {
  const rows = rowsOf<MetaRow & { weighted: number }>(
    await db.execute(sql`
      SELECT p.weighted, s.id, s.code, s.name, s.brand, s.category, s.department, s.price_cents, s.attributes
      FROM (SELECT style_id, weighted FROM rec_store_popularity WHERE store_id = ${storeId} ORDER BY weighted DESC LIMIT ${limit}) p
      JOIN styles s ON s.id = p.style_id AND s.active
      ORDER BY p.weighted DESC, s.id`),
  );
  return rows.map((r) => ({ styleId: Number(r.id), weighted: Number(r.weighted), style: meta(r) }));
}
