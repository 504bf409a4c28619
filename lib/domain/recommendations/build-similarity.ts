import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/lib/db/client";
import { insertItemPairs, type NeighbourRow } from "./materialise-neighbours";
import { tfidf, tokens, topSimilar, type StyleFeatures } from "./similarity";

type StyleRow = {
  id: number;
  name: string;
  brand: string;
  category: string;
  department: string;
  description: string;
  materials: string;
  price_cents: number;
  attributes: Record<string, string> | null;
};

/** A digest of what similarity reads: when it is unchanged, so are the similar lists. */
export async function catalogueFingerprint(tx: Tx): Promise<string> {
  const [row] = rowsOf<{ fp: string | null }>(
    await tx.execute(sql`
      SELECT md5(string_agg(id || ':' || active || ':' || price_cents || ':' || updated_at || ':' || category || ':' || department, ',' ORDER BY id)) AS fp
      FROM styles`),
  );
  return row?.fp ?? "empty";
}

/** Recomputes every active style's similar list (attributes, price band, description words, brand) and replaces them. */
export async function buildSimilarity(tx: Tx): Promise<{ styles: number; rows: number }> {
  const styles = rowsOf<StyleRow>(
    await tx.execute(sql`SELECT id, name, brand, category, department, description, materials, price_cents, attributes FROM styles WHERE active ORDER BY id`),
  );
  const docs = new Map(styles.map((s) => [Number(s.id), tokens(`${s.name} ${s.description} ${s.materials}`)]));
  const vectors = tfidf(docs);
  const features: StyleFeatures[] = styles.map((s) => ({
    id: Number(s.id),
    category: s.category,
    department: s.department,
    brand: s.brand,
    priceCents: Number(s.price_cents),
    attributes: s.attributes ?? {},
    text: vectors.get(Number(s.id)) ?? new Map(),
  }));
  const attrsOf = new Map(features.map((f) => [f.id, f.attributes]));
  const rows: NeighbourRow[] = [];
  for (const [styleId, list] of topSimilar(features)) {
    const own = attrsOf.get(styleId) ?? {};
    for (const n of list) {
      // The shared values travel with the row, so serving can say "same wide last" without reading attributes again.
      const data: Record<string, string | number | string[]> = { shared: n.detail.shared, priceRatio: round2(n.detail.priceRatio), text: round2(n.detail.text) };
      for (const attr of n.detail.shared) {
        const v = own[attr];
        if (v !== undefined) data[attr] = v;
      }
      rows.push({ styleId, kind: "similar", otherStyleId: n.otherStyleId, score: n.score, support: 0, reasonData: JSON.stringify(data) });
    }
  }
  await tx.execute(sql`DELETE FROM rec_item_pairs WHERE kind = 'similar'`);
  await insertItemPairs(tx, rows);
  return { styles: features.length, rows: rows.length };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
