import { isStoryStyle, storyOnHand } from "./demo-story";
import type { StyleSeed } from "./generate-catalog";
import type { StoreSeed } from "./generate-stores";
import { rngFor } from "./prng";
import { sizeCurve } from "./size-runs";

/** One store's stock as parallel typed arrays: ~30k rows a store at bench scale, so no row objects. */
export type StoreStock = { storeId: number; variantIds: Int32Array; onHand: Int32Array };

const curveCache = new WeakMap<readonly string[], number[]>();
function curveOf(sizes: readonly string[]): number[] {
  let c = curveCache.get(sizes);
  if (!c) curveCache.set(sizes, (c = sizeCurve(sizes)));
  return c;
}

/**
 * Stock for one store, generated on its own stream so stores can be produced (and loaded) one at a time.
 * A carried style gets a row for every variant, zeros included: "0 here" differs from "not carried".
 */
export function generateStoreStock(seed: number, store: StoreSeed, styles: readonly StyleSeed[], maxRows: number): StoreStock {
  const rng = rngFor(seed, "stock", store.id);
  const variantIds = new Int32Array(maxRows);
  const onHand = new Int32Array(maxRows);
  // Bigger stores get deeper stock as well as a wider range.
  const depth = 0.7 + 0.6 * store.range;
  let n = 0;
  for (const style of styles) {
    const story = isStoryStyle(style.code);
    const carried = story || rng.next() < Math.min(0.97, store.range * style.popularity ** 0.25);
    if (!carried) continue;
    const curve = curveOf(style.sizes);
    const cap = style.sizeKind === "socks" || style.sizeKind === "one" ? 15 : 8;
    // Smaller stores often skip a style's extreme sizes altogether.
    const skipRare = rng.chance(0.5 - 0.4 * store.range);
    style.colours.forEach((colour, ci) => {
      const colourDepth = ci === 0 ? 1 : 0.75;
      style.sizes.forEach((size, si) => {
        const c = curve[si] ?? 1;
        let units = 0;
        const rare = c < 0.4 && skipRare;
        // The sizes that sell most are the ones most often sold out.
        if (!rare && !rng.chance(0.04 + 0.12 * c)) {
          units = Math.min(cap, 1 + Math.floor(rng.next() ** 1.6 * (2 + 6 * c) * depth * colourDepth));
        }
        if (story) units = storyOnHand(store.code, style.code, colour.name, size, units);
        variantIds[n] = style.firstVariantId + ci * style.sizes.length + si;
        onHand[n] = units;
        n++;
      });
    });
  }
  return { storeId: store.id, variantIds: variantIds.subarray(0, n), onHand: onHand.subarray(0, n) };
}
