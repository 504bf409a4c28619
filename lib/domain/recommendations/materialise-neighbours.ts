import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/lib/db/client";
import type { RecCountKind } from "@/lib/db/schema/recommendations";
import { insertArrays, intArrayLiteral, arrayLiteral } from "@/lib/db/bulk-insert";
import { topCoNeighbours, type Scored } from "./ranking";

const KINDS: RecCountKind[] = ["co_basket", "co_customer"];
/** Styles re-ranked per round trip: bounds memory whatever the history's size. */
const CHUNK = 60;

export type NeighbourRow = { styleId: number; kind: string; otherStyleId: number; score: number; support: number; reasonData: string };

/** Writes rows into rec_item_pairs with one statement per chunk of rows. */
export async function insertItemPairs(tx: Tx, rows: readonly NeighbourRow[]): Promise<void> {
  for (let from = 0; from < rows.length; from += 20_000) {
    const part = rows.slice(from, from + 20_000);
    await insertArrays(tx, "rec_item_pairs", [
      { name: "style_id", type: "int", literal: intArrayLiteral(Int32Array.from(part, (r) => r.styleId)) },
      { name: "kind", type: "text", literal: arrayLiteral(part.map((r) => r.kind)) },
      { name: "other_style_id", type: "int", literal: intArrayLiteral(Int32Array.from(part, (r) => r.otherStyleId)) },
      // float4 keeps ~7 significant digits; the score is stored as the column will hold it.
      { name: "score", type: "float8", literal: arrayLiteral(part.map((r) => Math.fround(r.score))) },
      { name: "support", type: "int", literal: intArrayLiteral(Int32Array.from(part, (r) => r.support)) },
      { name: "reason_data", type: "jsonb", literal: arrayLiteral(part.map((r) => r.reasonData)) },
    ]);
  }
}

/**
 * Re-ranks the co-purchase neighbour lists of `styleIds` from the raw counts (or of every style with counts when
 * null) and replaces their rows. Scores use the popularity of both styles, so a style whose own count moved is
 * re-ranked along with every style it is paired with (the caller passes those too).
 */
export async function materialiseNeighbours(tx: Tx, styleIds: readonly number[] | null): Promise<{ styles: number; rows: number }> {
  const pops = new Map<number, number>();
  for (const r of rowsOf<{ style_id: number; weighted: number }>(await tx.execute(sql`SELECT style_id, weighted FROM rec_style_counts`))) {
    pops.set(Number(r.style_id), Number(r.weighted));
  }
  let ids = styleIds ? [...new Set(styleIds)] : [...pops.keys()];
  ids = ids.sort((a, b) => a - b);
  if (styleIds === null) await tx.execute(sql`DELETE FROM rec_item_pairs WHERE kind IN ('co_basket', 'co_customer')`);
  let rows = 0;
  for (let from = 0; from < ids.length; from += CHUNK) {
    const chunk = ids.slice(from, from + CHUNK);
    const literal = intArrayLiteral(Int32Array.from(chunk));
    const counts = rowsOf<{ style_id: number; kind: RecCountKind; other_style_id: number; weighted: number; raw: number }>(
      await tx.execute(sql`SELECT style_id, kind, other_style_id, weighted, raw FROM rec_pair_counts WHERE style_id = ANY(${literal}::int[])`),
    );
    const grouped = new Map<string, { otherStyleId: number; weighted: number; raw: number }[]>();
    for (const c of counts) {
      const key = `${c.style_id}|${c.kind}`;
      const list = grouped.get(key) ?? [];
      list.push({ otherStyleId: Number(c.other_style_id), weighted: Number(c.weighted), raw: Number(c.raw) });
      grouped.set(key, list);
    }
    const out: NeighbourRow[] = [];
    for (const styleId of chunk) {
      for (const kind of KINDS) {
        const pairs = grouped.get(`${styleId}|${kind}`);
        if (!pairs) continue;
        const top: Scored[] = topCoNeighbours(pops.get(styleId) ?? 0, pairs, (id) => pops.get(id) ?? 0, kind);
        for (const n of top) out.push({ styleId, kind, otherStyleId: n.otherStyleId, score: n.score, support: n.support, reasonData: "{}" });
      }
    }
    if (styleIds !== null) await tx.execute(sql`DELETE FROM rec_item_pairs WHERE style_id = ANY(${literal}::int[]) AND kind IN ('co_basket', 'co_customer')`);
    await insertItemPairs(tx, out);
    rows += out.length;
  }
  return { styles: ids.length, rows };
}
