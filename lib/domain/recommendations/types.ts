/** DTOs of the suggestions capability: what crosses from the server to the tablet. */

export type SuggestionKind = "alternative" | "goes_with" | "for_customer" | "rescue";

export type ReasonCode =
  | "other_colour"
  | "bought_together"
  | "same_customers"
  | "same_last"
  | "same_occasion"
  | "same_fit"
  | "similar"
  | "favourite_colour"
  | "favourite_brand"
  | "popular_here";

/** One thing the associate can say. `code` + `params` let the UI translate; `text` is the English fallback. */
export type SuggestionReason = { code: ReasonCode; text: string; params: Record<string, string | number> };

/**
 * Where the size came from: asked (the request or the flow's answer), matched (derived from the asked size, e.g. socks
 * for a shoe size), profile (the customer's stored size), any (no size known: some size is available).
 */
export type SizeBasis = "asked" | "matched" | "profile" | "any";

/** The best other store to order from, when this store has none: earliest promise date, then nearest. */
export type SuggestionSource = { storeId: number; storeCode: string; storeName: string; promiseDate: string; distanceKm: number };

export type Suggestion = {
  styleId: number;
  code: string;
  name: string;
  brand: string;
  category: string;
  priceCents: number;
  colour: string;
  colourHex: string;
  /** null when no size is known (sizeBasis "any"): then availableHere counts every size of the colour. */
  size: string | null;
  variantId: number | null;
  sizeBasis: SizeBasis;
  availableHere: number;
  /** Set only when nothing is available here: the suggestion is then an order with this promise date. */
  bestSource: SuggestionSource | null;
  reason: SuggestionReason;
  kind: SuggestionKind;
};

/** Personalisation consent as it stands: latest record granted, latest withdrawn, or never asked (treated as not refused). */
export type PersonalisationState = "granted" | "refused" | "not_asked";

export type StyleSuggestions = {
  styleId: number;
  storeId: number;
  /** The size the suggestions were filtered by for the viewed style's run (asked or profile), if any. */
  size: string | null;
  /** True when the customer's profile (sizes, favourite colours and brands) shaped the lists. */
  personalised: boolean;
  alternatives: Suggestion[];
  goesWith: Suggestion[];
};

export type CustomerSuggestions = {
  customerId: string;
  storeId: number;
  personalisation: PersonalisationState;
  /** False when personalisation is refused: the list then ignores the customer's history, sizes and preferences. */
  personalised: boolean;
  suggestions: Suggestion[];
};

export type RescueSuggestions = {
  styleId: number;
  colour: string;
  size: string;
  storeId: number;
  suggestions: Suggestion[];
};
