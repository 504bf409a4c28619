import type { StyleSpec } from "./style-spec";

/**
 * Known facts about the demo chain that end-to-end tests, docs and demos rely on. They hold for every
 * seed and scale that includes the first four stores (MAD01, MAD02, BCN01, VLC01) and the first two
 * styles: DEMO_SCALE, TEST_SCALE and the bench chains all do.
 */

/**
 * The shoe-shop scene: a customer at MAD01 wants the Aria ankle boot in Black, size 38.
 * - MAD01 carries the style but has 0 of Black 38 (every other Black size is in stock there).
 * - MAD02 (Madrid Serrano, about 1.3 km away, ships) has 2; VLC01 has 3; BCN01 has 1; every other store has 0.
 * - Tan 38 is in stock at MAD01 (4 units), so "try it in Tan?" works too.
 */
export const DEMO_STORY = {
  styleCode: "FW-AB-0001",
  styleName: "Aria Leather Ankle Boot",
  brand: "Suela Madre",
  colour: "Black",
  size: "38",
  homeStoreCode: "MAD01",
  /** Stores holding Black 38, nearest first; all can ship. */
  sourceStores: [
    { code: "MAD02", onHand: 2 },
    { code: "VLC01", onHand: 3 },
    { code: "BCN01", onHand: 1 },
  ],
  nearestSourceCode: "MAD02",
  inStockColour: "Tan",
  inStockColourOnHandAtHome: 4,
} as const;

/**
 * The lost-sale scene: the Lira slingback pump in Black, size 38, is at 0 in every store, so the
 * associate records a lost sale "out of stock everywhere" (or offers Red 38, in stock at MAD01).
 */
export const DEMO_SOLD_OUT = {
  styleCode: "FW-HL-0002",
  styleName: "Lira Slingback Pump",
  brand: "Alba Atelier",
  colour: "Black",
  size: "38",
  inStockColour: "Red",
} as const;

/** The hand-written styles at catalogue slots 0 and 1; every store carries them. */
export const STORY_SPECS: StyleSpec[] = [
  { category: "ankle-boots", department: "women", taste: "classic", brand: DEMO_STORY.brand, model: "Aria", adjective: "Leather", colours: ["Black", "Tan", "Burgundy"], priceCents: 12995 },
  { category: "heels", department: "women", taste: "office", brand: DEMO_SOLD_OUT.brand, model: "Lira", adjective: "Slingback", colours: ["Black", "Red"], priceCents: 9995 },
];

/** Final units for a variant at a store: the story's fixed figures where it has them, the generated ones elsewhere. */
export function storyOnHand(storeCode: string, styleCode: string, colour: string, size: string, generated: number): number {
  const home = storeCode === DEMO_STORY.homeStoreCode;
  if (styleCode === DEMO_STORY.styleCode) {
    if (size === DEMO_STORY.size && colour === DEMO_STORY.colour) return DEMO_STORY.sourceStores.find((s) => s.code === storeCode)?.onHand ?? 0;
    if (size === DEMO_STORY.size && colour === DEMO_STORY.inStockColour && home) return DEMO_STORY.inStockColourOnHandAtHome;
    if (home && colour === DEMO_STORY.colour) return Math.max(1, generated);
  }
  if (styleCode === DEMO_SOLD_OUT.styleCode && size === DEMO_SOLD_OUT.size) {
    if (colour === DEMO_SOLD_OUT.colour) return 0;
    if (home && colour === DEMO_SOLD_OUT.inStockColour) return Math.max(1, generated);
  }
  return generated;
}

/** Story styles are carried everywhere, whatever the store's range. */
export function isStoryStyle(styleCode: string): boolean {
  return styleCode === DEMO_STORY.styleCode || styleCode === DEMO_SOLD_OUT.styleCode;
}
