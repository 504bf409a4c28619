/**
 * The offline snapshot's read API: what offline screens (lookup, outbox, provisional orders) use to find a
 * style and its stock here and nearby without the network. All figures are as of `meta.asOf`; nothing here
 * is personal, so it is safe on a shared tablet. Every call answers null when no snapshot is held yet.
 *
 *   const found = await searchSnapshot("aria black");        // { meta, hits: [{ style, score, availableHere, colour?, variant? }] }
 *   const view = await getStyleFromSnapshot(found.hits[0].style.id);
 *   stockAt(view, variantId, view.here.id)?.available;        // units free here (undefined: not carried)
 *   view.stores;                                               // here first, then nearest: distance, phone, canShip, hours
 */
import { latestMeta, loadSnapshot, metaFor, stockOf, type SnapshotContents, type VariantStock } from "./db";
import { buildSearchIndex, searchIndex, type SearchEntry, type SearchMatch } from "./search";
import type { SnapMeta, SnapStock, SnapStore, SnapStyle, SnapVariant } from "./types";

export type { SnapMeta, SnapStock, SnapStore, SnapStyle, SnapVariant } from "./types";

type Loaded = SnapshotContents & { index: SearchEntry[]; stockByVariant: Map<number, VariantStock>; key: string };
let cache: Promise<Loaded | null> | null = null;
let cacheKey = "";

async function current(storeId?: number): Promise<Loaded | null> {
  const meta = storeId === undefined ? await latestMeta() : await metaFor(storeId);
  if (!meta) return null;
  // Reload only when a refresh was stored since (or another store is asked for).
  const key = `${meta.storeId}@${meta.syncedAt}`;
  if (!cache || cacheKey !== key) {
    cacheKey = key;
    cache = loadSnapshot(meta.storeId).then((c) => {
      if (!c) return null;
      const stockByVariant = new Map(c.stock.map((r) => [r.variantId, r]));
      return { ...c, key, index: buildSearchIndex(c.styles, c.variants), stockByVariant };
    });
    cache.catch(() => (cache = null));
  }
  return cache;
}

/** Forget what was read (after a refresh is stored; tests between databases). */
export function invalidateSnapshotCache(): void {
  cache = null;
  cacheKey = "";
}

export async function getSnapshotMeta(storeId?: number): Promise<SnapMeta | null> {
  return storeId === undefined ? latestMeta() : metaFor(storeId);
}

export type SnapshotHit = SearchMatch & { availableHere: number };

/** Search by name, brand, code, colour, SKU or barcode: accent- and case-insensitive, partial words, best first. */
export async function searchSnapshot(query: string, opts: { storeId?: number; limit?: number } = {}): Promise<{ meta: SnapMeta; hits: SnapshotHit[] } | null> {
  const c = await current(opts.storeId);
  if (!c) return null;
  const here = c.meta.storeId;
  const variantsOf = new Map<number, SearchEntry>(c.index.map((e) => [e.style.id, e]));
  const hits = searchIndex(c.index, query, opts.limit).map((m) => {
    let availableHere = 0;
    for (const v of variantsOf.get(m.style.id)?.variants ?? []) {
      availableHere += stockOf(c.stockByVariant.get(v.id), here)?.available ?? 0;
    }
    return { ...m, availableHere };
  });
  return { meta: c.meta, hits };
}

export type SnapshotStyle = {
  meta: SnapMeta;
  here: SnapStore;
  style: SnapStyle;
  /** Colour by colour (the style's order), each in size order. */
  variants: SnapVariant[];
  /** The size run, in order. */
  sizes: string[];
  /** Here first, then nearest first. */
  stores: SnapStore[];
  /** Rows for this style's variants at those stores; a missing row means the store does not carry it. */
  stock: SnapStock[];
};

export async function getStyleFromSnapshot(styleId: number, opts: { storeId?: number } = {}): Promise<SnapshotStyle | null> {
  const c = await current(opts.storeId);
  const entry = c?.index.find((e) => e.style.id === styleId);
  const here = c?.stores.find((s) => s.isHere);
  if (!c || !entry || !here) return null;
  const colourOrder = new Map(entry.style.colours.map((col, i) => [col.name, i]));
  const variants = [...entry.variants].sort((a, b) => (colourOrder.get(a.colour) ?? 99) - (colourOrder.get(b.colour) ?? 99) || a.sizeOrder - b.sizeOrder);
  const sizes = [...new Map([...variants].sort((a, b) => a.sizeOrder - b.sizeOrder).map((v) => [v.size, v.size])).keys()];
  const stores = [...c.stores].sort((a, b) => Number(b.isHere) - Number(a.isHere) || a.distanceKm - b.distanceKm);
  const stock = variants.flatMap((v) => stores.map((st) => stockOf(c.stockByVariant.get(v.id), st.id)).filter((x) => x !== undefined));
  return { meta: c.meta, here, style: entry.style, variants, sizes, stores, stock };
}

export function stockAt(view: SnapshotStyle, variantId: number, storeId: number): SnapStock | undefined {
  return view.stock.find((s) => s.variantId === variantId && s.storeId === storeId);
}

/** The variant of a colour and size, if the style comes in it. */
export function variantOf(view: SnapshotStyle, colour: string, size: string): SnapVariant | undefined {
  return view.variants.find((v) => v.colour === colour && v.size === size);
}
