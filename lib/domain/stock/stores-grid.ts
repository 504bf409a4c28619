import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { loadHolidays, loadStores, staleAfterMinutes, type GridStoreInfo } from "./reference-data";
import { available, compareGridStores, filterGridStores, freshness, stockCell, type GridOrder, type StockFigure } from "./rules";
import { GRID_STORES_DEFAULT, gridInputSchema } from "./schemas";
import { conditionContext, gridDistanceKm, openNow, storeConditions } from "./store-conditions";
import type { GridStore, StoresGrid } from "./types";

/**
 * One row per size of the colour; `with_size` lists the stores that have the asked size available, if one was asked;
 * `stock` ("storeId,onHand,reserved,updatedAtMs;...") holds the figures of the shown stores that have a row, when
 * they were known before the read.
 */
type VariantRow = { id: number; size: string; colour: string; with_size: string | null; stock?: string | null };

const intArray = (ids: number[]) => `{${ids.join(",")}}`;

/** The figures of some stores for the variant `v.id` (stock primary key: variant, then store), as one compact string. */
function figuresOf(storeIds: number[]) {
  return sql`(SELECT string_agg(s.store_id || ',' || s.on_hand || ',' || s.reserved || ',' || (date_part('epoch', s.updated_at) * 1000)::bigint, ';')
              FROM stock s WHERE s.variant_id = v.id AND s.store_id = ANY(${intArray(storeIds)}::int[]))`;
}

/**
 * The colour's variants (variants_style_idx) and, for the asked size, which stores have it available: one index
 * range of the stock primary key (variant first), ids only. With `storeIds` (the shown stores, when they do not
 * depend on stock) the same read brings their figures.
 */
function variantsQuery(styleId: number, colour: string, size: string | undefined, storeIds: number[] | null) {
  return sql`
    WITH v AS (
      SELECT id, size, size_order, colour FROM variants
      WHERE style_id = ${styleId} AND active
        AND colour = (SELECT colour FROM variants WHERE style_id = ${styleId} AND lower(colour) = lower(${colour}) ORDER BY id LIMIT 1)
    )
    SELECT v.id, v.size, v.colour,
      CASE WHEN upper(v.size) = upper(${size ?? null}::text) THEN
        (SELECT string_agg(s.store_id::text, ',') FROM stock s WHERE s.variant_id = v.id AND s.on_hand > s.reserved) END AS with_size
      ${storeIds ? sql`, ${figuresOf(storeIds)} AS stock` : sql``}
    FROM v
    ORDER BY v.size_order, v.id`;
}

/** The figures of the shown stores, one compact string per size: the second read when the stores depended on stock. */
function stockQuery(variantIds: number[], storeIds: number[]) {
  return sql`SELECT v.id, ${figuresOf(storeIds)} AS stock FROM unnest(${intArray(variantIds)}::int[]) AS v(id)`;
}

/** Walks "storeId,onHand,reserved,updatedAtMs;..." (non-negative integers) without allocating per entry. */
export function readStockList(list: string, each: (storeId: number, onHand: number, reserved: number, updatedAtMs: number) => void): void {
  const values = [0, 0, 0, 0];
  let field = 0;
  let n = 0;
  for (let i = 0; i <= list.length; i++) {
    const c = i < list.length ? list.charCodeAt(i) : 59;
    if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
    else if (c === 44) {
      values[field++] = n;
      n = 0;
    } else if (c === 59) {
      if (field === 3) each(values[0]!, values[1]!, values[2]!, n);
      field = 0;
      n = 0;
    }
  }
}

/**
 * Sizes x stores for one colour of a style: the working store first, then the nearest `limit` (default 25) of
 * `totalStores` that pass the filters, each with distance,
 * open now / next opening, phone, whether it ships and the promise date to the working store's area.
 * Available = on hand - reserved; asOf is the oldest figure shown, stale past the `stale_after_minutes` setting.
 * One short read: the variants, the stores that have the asked size, and the shown stores' figures (at 500 stores and
 * the default 25 that is 1/20 of the rows); two when only stores with the size are wanted, since which stores are
 * shown then depends on stock. Stores, holidays and the threshold come from in-process caches.
 */
export async function getStoresGrid(
  db: Db,
  input: { styleId: number; colour: string; originStoreId: number; size?: string; onlyWithSize?: boolean; radiusKm?: number; limit?: number; now?: Date },
): Promise<StoresGrid> {
  const { styleId, colour, originStoreId, size, onlyWithSize, radiusKm, limit = GRID_STORES_DEFAULT } = parseInput(gridInputSchema, input);
  const now = input.now ?? new Date();
  const [allStores, holidays, staleAfter] = await Promise.all([loadStores(db), loadHolidays(db), staleAfterMinutes(db)]);
  const origin = allStores.find((s) => s.id === originStoreId);
  if (!origin) throw errors.notFound("That store");

  // Every store is placed (distance, open now: both from in-process caches) and filtered; only the shown ones are built.
  const ctx = conditionContext(origin, now, holidays);
  const candidates: (GridOrder & { store: GridStoreInfo })[] = [];
  for (const s of allStores) {
    if (!s.active && s.id !== originStoreId) continue;
    candidates.push({ store: s, isHere: s.id === originStoreId, distanceKm: gridDistanceKm(s, ctx), open: openNow(s, ctx), code: s.code });
  }
  const place = (withSize: Set<number> | null) =>
    filterGridStores(candidates, withSize && ((c) => withSize.has(c.store.id)), { onlyWithSize, radiusKm }).sort(compareGridStores);
  // Unless only stores with the size are wanted, which stores are shown does not depend on stock: then one read
  // brings the sizes and the shown stores' figures (each round trip to Postgres costs the app more CPU than the SQL).
  const placedFirst = onlyWithSize ? null : place(null);
  const variantRows = rowsOf<VariantRow>(await db.execute(variantsQuery(styleId, colour, size, placedFirst && placedFirst.slice(0, limit).map((c) => c.store.id))));
  const first = variantRows[0];
  if (!first) throw errors.notFound(`Colour "${colour}" of that style`);

  const sizes = variantRows.map((v) => ({ size: v.size, variantId: v.id }));
  const sizeIndex = size === undefined ? null : sizes.findIndex((s) => s.size.toUpperCase() === size.toUpperCase());
  if (sizeIndex === -1) throw errors.validation(`Size ${size} is not made in this style.`, { size: "Choose a size from the style's run." });
  const withSize = sizeIndex === null ? null : new Set((variantRows[sizeIndex]!.with_size ?? "").split(",").filter(Boolean).map(Number));

  const matching = placedFirst ?? place(withSize);
  // The working store sorts first, so the nearest `limit` always include it.
  const shown = matching.slice(0, limit);
  const storesWithSize = withSize === null ? null : matching.reduce((n, c) => n + (withSize.has(c.store.id) ? 1 : 0), 0);

  // store id -> one figure per size (undefined: no stock row, the store does not carry it)
  const figures = new Map<number, (StockFigure | undefined)[]>();
  const stockRows: { id: number; stock?: string | null }[] = placedFirst
    ? variantRows
    : rowsOf<{ id: number; stock: string | null }>(await db.execute(stockQuery(sizes.map((z) => z.variantId), shown.map((c) => c.store.id))));
  const bySize = new Map(sizes.map((z, i) => [z.variantId, i]));
  for (const v of stockRows) {
    const i = bySize.get(Number(v.id))!;
    readStockList(v.stock ?? "", (storeId, onHand, reserved, updatedAtMs) => {
      let row = figures.get(storeId);
      if (!row) figures.set(storeId, (row = new Array<StockFigure | undefined>(sizes.length)));
      row[i] = { onHand, reserved, updatedAtMs };
    });
  }

  // Seeded and bulk-counted stock shares a handful of timestamps: format each once.
  const iso = new Map<number, string>();
  const nowIso = now.toISOString();
  const cell = (i: number, f: StockFigure | undefined) => {
    const z = sizes[i]!;
    if (!f) return stockCell(z.variantId, z.size, undefined, nowIso);
    let updatedAt = iso.get(f.updatedAtMs);
    if (updatedAt === undefined) iso.set(f.updatedAtMs, (updatedAt = new Date(f.updatedAtMs).toISOString()));
    return { variantId: z.variantId, size: z.size, onHand: f.onHand, reserved: f.reserved, available: available(f.onHand, f.reserved), updatedAt };
  };
  const stores: GridStore[] = shown.map(({ store: s, isHere }) => {
    const row = figures.get(s.id);
    return {
      storeId: s.id,
      code: s.code,
      name: s.name,
      city: s.city,
      phone: s.phone,
      isHere,
      canShip: s.canShip,
      ...storeConditions(s, ctx),
      cells: sizes.map((_, i) => cell(i, row?.[i])),
    };
  });
  const times = [...figures.values()].flatMap((row) => row.flatMap((f) => (f ? [f.updatedAtMs] : [])));
  const fresh = freshness(times, now, staleAfter);
  return { styleId, colour: first.colour, originStoreId, sizes, stores, totalStores: matching.length, storesWithSize, ...fresh };
}
