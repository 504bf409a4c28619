import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/lib/db/client";
import { arrayLiteral, intArrayLiteral } from "@/lib/db/bulk-insert";
import { exactSize, sizeMatches, type SizeWant, type VariantOffer } from "./rules";
import type { SuggestionSource } from "./types";

type VariantRow = { id: number; style_id: number; colour: string; colour_hex: string; size: string; size_order: number; here: number };

/**
 * Every candidate's variants in its wanted size with the units here, in one statement whatever the number of candidates
 * (variants_style_idx, then the stock key per variant). Sources are added later, only where they are needed.
 */
export async function loadLocalOffers(db: DbOrTx, wants: ReadonlyMap<number, SizeWant>, storeId: number): Promise<Map<number, VariantOffer[]>> {
  const out = new Map<number, VariantOffer[]>();
  if (wants.size === 0) return out;
  const ids = [...wants.keys()];
  const rows = rowsOf<VariantRow>(
    await db.execute(sql`
      SELECT v.id, v.style_id, v.colour, v.colour_hex, v.size, v.size_order, greatest(coalesce(st.on_hand - st.reserved, 0), 0) AS here
      FROM unnest(${intArrayLiteral(Int32Array.from(ids))}::int[], ${arrayLiteral(ids.map((id) => exactSize(wants.get(id)!)))}::text[]) AS w(style_id, size)
      JOIN variants v ON v.style_id = w.style_id AND v.active AND (w.size IS NULL OR upper(v.size) = upper(w.size))
      LEFT JOIN stock st ON st.variant_id = v.id AND st.store_id = ${storeId}`),
  );
  for (const r of rows) {
    const styleId = Number(r.style_id);
    const want = wants.get(styleId);
    if (!want || !sizeMatches(want, r.size)) continue;
    const list = out.get(styleId) ?? [];
    list.push({ variantId: Number(r.id), styleId, colour: r.colour, colourHex: r.colour_hex, size: r.size, sizeOrder: Number(r.size_order), here: Number(r.here), source: null });
    out.set(styleId, list);
  }
  return out;
}

/** Source stores looked at per round, best promise first: most misses are found at one of the first few. */
const TIERS = [5, 40, Infinity];

/**
 * Gives the variants that are out here, of the styles in `styleIds`, the best-ranked source store holding one. A style
 * is settled by the first round that finds any of its variants (per colour for `perColour` styles, whose every colour is
 * offered), so later rounds, wider and slower, run only for what is still missing. Every store is reached in the end.
 */
export async function addSources(
  db: DbOrTx,
  offers: ReadonlyMap<number, VariantOffer[]>,
  input: { styleIds: ReadonlySet<number>; perColour?: ReadonlySet<number>; sources: readonly SuggestionSource[] },
): Promise<void> {
  const groupOf = (v: VariantOffer) => (input.perColour?.has(v.styleId) ? `${v.styleId}|${v.colour}` : `${v.styleId}`);
  const open = new Map<string, VariantOffer[]>();
  for (const id of input.styleIds) {
    for (const v of offers.get(id) ?? []) {
      if (v.here > 0) continue;
      const g = groupOf(v);
      // A group with a unit here needs no source (an offer here always wins).
      if ((offers.get(id) ?? []).some((o) => o.here > 0 && groupOf(o) === g)) continue;
      open.set(g, [...(open.get(g) ?? []), v]);
    }
  }
  const rank = new Map(input.sources.map((s, i) => [s.storeId, i]));
  let from = 0;
  for (const tier of TIERS) {
    if (open.size === 0 || from >= input.sources.length) break;
    const stores = input.sources.slice(from, Math.min(tier, input.sources.length));
    from += stores.length;
    const variants = [...open.values()].flat();
    const found = rowsOf<{ variant_id: number; store_id: number }>(
      await db.execute(sql`
        SELECT variant_id, store_id FROM stock
        WHERE store_id = ANY(${intArrayLiteral(Int32Array.from(stores, (s) => s.storeId))}::int[])
          AND variant_id = ANY(${intArrayLiteral(Int32Array.from(variants, (v) => v.variantId))}::int[]) AND on_hand > reserved`),
    );
    const best = new Map<number, number>();
    for (const f of found) {
      const r = rank.get(Number(f.store_id));
      const v = Number(f.variant_id);
      if (r !== undefined && (best.get(v) ?? Infinity) > r) best.set(v, r);
    }
    for (const [g, vs] of open) {
      let settled = false;
      for (const v of vs) {
        const r = best.get(v.variantId);
        if (r === undefined) continue;
        v.source = input.sources[r] ?? null;
        settled = true;
      }
      if (settled) open.delete(g);
    }
  }
}
