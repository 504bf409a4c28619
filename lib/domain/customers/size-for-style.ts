export type SizeKind = "shoe" | "tops" | "bottoms";
export type KnownSizes = { shoe?: string; tops?: string; bottoms?: string };

const FOOTWEAR = /boot|shoe|sneaker|trainer|sandal|heel|pump|loafer|running|slipper|mule|espadrille/i;
const BOTTOMS = /jean|chino|trouser|pant|short|skirt|legging/i;

/** Which of the customer's sizes a style is sold in, judged from its category. */
export function sizeKindFor(category: string): SizeKind {
  if (FOOTWEAR.test(category)) return "shoe";
  if (BOTTOMS.test(category)) return "bottoms";
  return "tops";
}

/** The customer's size for this style, if they have one the style's size run contains. */
export function customerSizeForStyle(style: { category: string; sizes: readonly string[] }, known: KnownSizes | undefined): string | undefined {
  const size = known?.[sizeKindFor(style.category)]?.trim();
  if (!size) return undefined;
  return style.sizes.find((s) => s.toLowerCase() === size.toLowerCase());
}
