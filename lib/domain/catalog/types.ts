/** DTOs of the catalogue capability: what crosses from the server to the tablet. */
export type ColourSwatch = { name: string; hex: string };

export type StyleHit = {
  styleId: number;
  code: string;
  name: string;
  brand: string;
  category: string;
  priceCents: number;
  image: string | null;
  colours: ColourSwatch[];
  availableHere: number;
  matched?: { variantId: number; sku: string; ean: string; colour: string; size: string };
};

export type SearchFilters = { category?: string; colour?: string; size?: string; priceMinCents?: number; priceMaxCents?: number };

export type SearchResult = { query: string; hits: StyleHit[]; facets: { categories: string[]; colours: string[] } };

export type VariantInfo = { variantId: number; size: string; sizeOrder: number; sku: string; ean: string; priceCents: number };

/** A style's own catalogue fields: the one shape the seed, the catalogue and the recommender share. */
export type StyleFields = {
  id: number;
  code: string;
  name: string;
  brand: string;
  category: string;
  department: string;
  gender: string;
  description: string;
  materials: string;
  priceCents: number;
  attributes: Record<string, string>;
};

export type StyleDetail = StyleFields & {
  images: string[];
  /** The run, in order. */
  sizes: string[];
  colours: (ColourSwatch & { variants: VariantInfo[] })[];
};

export type BarcodeLookup = { found: true; styleId: number; variantId: number; colour: string; size: string } | { found: false; code: string };
