/** Pure rules of suggestions: which size applies, what counts as available, consent, declined, preferences. */
import type { CustomerPreferences, CustomerSizes } from "@/lib/db/schema/customers";
import type { PersonalisationState, SizeBasis, SuggestionSource } from "./types";

export type SizeKind = "shoe" | "tops" | "bottoms" | "socks" | "belt" | "one";

/** The size chart each category is sold in; an unknown category has none, so only "any size" applies to it. */
const CATEGORY_SIZE_KIND: Record<string, SizeKind> = {
  sneakers: "shoe", running: "shoe", boots: "shoe", "ankle-boots": "shoe", sandals: "shoe", loafers: "shoe", heels: "shoe",
  "dress-shoes": "shoe", hiking: "shoe",
  "t-shirts": "tops", "sports-tops": "tops", shirts: "tops", jackets: "tops", dresses: "tops", knitwear: "tops", hoodies: "tops",
  jeans: "bottoms", chinos: "bottoms", shorts: "bottoms",
  socks: "socks", belts: "belt", bags: "one",
};

export function sizeKindOf(category: string): SizeKind | null {
  return CATEGORY_SIZE_KIND[category] ?? null;
}

/** The chain's belt chart: waist in inches to belt size. */
export function beltForWaist(waist: number): string {
  return waist <= 26 ? "S" : waist <= 30 ? "M" : waist <= 34 ? "L" : "XL";
}

/** How to pick sizes from a style's run: one size by name, the sock band holding a shoe size, or any size. */
export type SizeWant = { basis: "any" } | { basis: Exclude<SizeBasis, "any">; size: string } | { basis: "matched" | "profile"; shoeSize: number };

export const ANY_SIZE: SizeWant = { basis: "any" };

const norm = (s: string) => s.trim().toUpperCase();

/** Does a variant's size satisfy the want? Sock bands are "lo-hi" and hold the shoe sizes between. */
export function sizeMatches(want: SizeWant, size: string): boolean {
  if (want.basis === "any") return true;
  if ("size" in want) return norm(size) === norm(want.size);
  const [lo, hi] = size.split("-").map((x) => Number(x.trim()));
  return lo !== undefined && hi !== undefined && Number.isFinite(lo) && Number.isFinite(hi) && want.shoeSize >= lo && want.shoeSize <= hi;
}

/** The size to name in the query, or null when the run has to be read and matched here (any size, sock bands). */
export function exactSize(want: SizeWant): string | null {
  return want.basis !== "any" && "size" in want ? want.size : null;
}

/** The size a person takes in a kind of item, derived where the chart follows another (socks from shoes, belts from waists). */
function sizeOfKind(kind: SizeKind, from: { kind: SizeKind; size: string }, basis: "matched" | "profile"): SizeWant | null {
  if (kind === from.kind) return null;
  if (kind === "socks" && from.kind === "shoe") {
    const n = Number(from.size);
    return Number.isFinite(n) ? { basis, shoeSize: n } : null;
  }
  if (kind === "belt" && from.kind === "bottoms") {
    const n = Number(from.size);
    return Number.isFinite(n) ? { basis, size: beltForWaist(n) } : null;
  }
  return null;
}

function profileSize(kind: SizeKind, sizes: CustomerSizes): SizeWant | null {
  const own = kind === "shoe" ? sizes.shoe : kind === "tops" ? sizes.tops : kind === "bottoms" ? sizes.bottoms : undefined;
  if (own) return { basis: "profile", size: own };
  if (kind === "socks" && sizes.shoe) return sizeOfKind(kind, { kind: "shoe", size: sizes.shoe }, "profile");
  if (kind === "belt" && sizes.bottoms) return sizeOfKind(kind, { kind: "bottoms", size: sizes.bottoms }, "profile");
  return null;
}

export type SizeContext = {
  /** The size asked for on screen or in the flow, and the item it was asked for. */
  asked?: { size: string; category: string; department: string } | null;
  /** The customer's stored sizes; null when unknown or when personalisation is refused. */
  profile?: CustomerSizes | null;
};

/**
 * The size a suggestion must be available in. The asked size applies to items on the same chart (and derives socks and
 * belts); otherwise the customer's stored size for that chart; otherwise any size. A profile holds the customer's own
 * sizes, so it never applies to kids' items (bought for children), and an asked kids' size never applies to adults' items.
 */
export function sizeWantFor(candidate: { category: string; department: string }, ctx: SizeContext): SizeWant {
  const kind = sizeKindOf(candidate.category);
  if (!kind || kind === "one") return ANY_SIZE;
  const kids = candidate.department === "kids";
  const asked = ctx.asked;
  const askedKind = asked ? sizeKindOf(asked.category) : null;
  if (asked && askedKind && (asked.department === "kids") === kids) {
    if (askedKind === kind) return { basis: "asked", size: asked.size };
    const derived = sizeOfKind(kind, { kind: askedKind, size: asked.size }, "matched");
    if (derived) return derived;
  }
  if (ctx.profile && !kids) return profileSize(kind, ctx.profile) ?? ANY_SIZE;
  return ANY_SIZE;
}

// ---- Availability ---------------------------------------------------------------------------------------------

/** One variant of a candidate style: units here, and the best other store that has one and ships, if looked up. */
export type VariantOffer = {
  variantId: number;
  styleId: number;
  colour: string;
  colourHex: string;
  size: string;
  sizeOrder: number;
  here: number;
  source: SuggestionSource | null;
};

export type Offer = {
  colour: string;
  colourHex: string;
  size: string | null;
  variantId: number | null;
  availableHere: number;
  bestSource: SuggestionSource | null;
};

export type ColourChoice = {
  /** Colours in order of preference (favourites, then the one on screen); others follow by stock. */
  prefer?: readonly string[];
  /** Colours never to offer (e.g. ones the customer avoids). */
  exclude?: readonly string[];
  /** Offer this colour or nothing (one suggestion per other colour of the style on screen). */
  only?: string;
};

const lower = (s: string) => s.trim().toLowerCase();

function preferenceRank(colour: string, prefer: readonly string[]): number {
  const i = prefer.findIndex((c) => lower(c) === lower(colour));
  return i === -1 ? prefer.length : i;
}

function compareSources(a: SuggestionSource, b: SuggestionSource): number {
  return a.promiseDate < b.promiseDate ? -1 : a.promiseDate > b.promiseDate ? 1 : a.distanceKm - b.distanceKm || a.storeId - b.storeId;
}

/**
 * What to offer of one style, or null when it must not be shown: only sizes the want accepts count, a colour is
 * available here when any of those sizes has a unit here (preferred colours first, then most units), otherwise the
 * colour with the earliest promise from another store. Nothing here and no source: not offered, ever.
 */
export function chooseOffer(variants: readonly VariantOffer[], want: SizeWant, choice: ColourChoice = {}): Offer | null {
  const prefer = choice.prefer ?? [];
  const exclude = new Set((choice.exclude ?? []).map(lower));
  const byColour = new Map<string, VariantOffer[]>();
  for (const v of variants) {
    if (exclude.has(lower(v.colour)) || (choice.only !== undefined && lower(choice.only) !== lower(v.colour)) || !sizeMatches(want, v.size)) continue;
    const list = byColour.get(v.colour);
    if (list) list.push(v);
    else byColour.set(v.colour, [v]);
  }
  type Option = { colour: string; rows: VariantOffer[]; here: number; source: SuggestionSource | null };
  const options: Option[] = [...byColour].map(([colour, rows]) => {
    const sources = rows.map((r) => r.source).filter((s): s is SuggestionSource => s !== null && s !== undefined);
    return { colour, rows, here: rows.reduce((n, r) => n + Math.max(0, r.here), 0), source: sources.sort(compareSources)[0] ?? null };
  });
  const here = options.filter((o) => o.here > 0);
  const pick =
    here.sort((a, b) => preferenceRank(a.colour, prefer) - preferenceRank(b.colour, prefer) || b.here - a.here || a.colour.localeCompare(b.colour))[0] ??
    options
      .filter((o) => o.source !== null)
      .sort((a, b) => compareSources(a.source!, b.source!) || preferenceRank(a.colour, prefer) - preferenceRank(b.colour, prefer) || a.colour.localeCompare(b.colour))[0];
  if (!pick) return null;
  const first = pick.rows[0]!;
  // A named size (or a one-size item) is one variant; "any size" of a colour is several, so no single variant.
  const inStock = pick.here > 0 ? pick.rows.filter((r) => r.here > 0) : pick.rows.filter((r) => r.source !== null);
  const single = want.basis !== "any" || pick.rows.length === 1 ? (inStock[0] ?? first) : null;
  return {
    colour: first.colour,
    colourHex: first.colourHex,
    size: single?.size ?? null,
    variantId: single?.variantId ?? null,
    availableHere: pick.here,
    bestSource: pick.here > 0 ? null : pick.source,
  };
}

/** The colours of a style other than `colour`, in the order its variants come (the catalogue's order). */
export function otherColours(variants: readonly VariantOffer[], colour: string): string[] {
  const out: string[] = [];
  for (const v of [...variants].sort((a, b) => a.variantId - b.variantId)) {
    if (lower(v.colour) !== lower(colour) && !out.includes(v.colour)) out.push(v.colour);
  }
  return out;
}

// ---- Consent, declined, preferences -------------------------------------------------------------------------

/**
 * Personalisation consent from the latest record: the issue allows personalised suggestions unless the customer has
 * refused, so a customer never asked is treated as not refused (the UI shows the state, so the associate can ask).
 */
export function personalisationState(latestDecision: "granted" | "withdrawn" | null | undefined): PersonalisationState {
  if (latestDecision === "withdrawn") return "refused";
  return latestDecision === "granted" ? "granted" : "not_asked";
}

export function mayPersonalise(state: PersonalisationState): boolean {
  return state !== "refused";
}

export const DECLINED = {
  /** Shown this many times without being opened or taken... */
  shownAtLeast: 2,
  /** ...the last time within this many days: the customer has said no to it for now. */
  withinDays: 30,
  /** A lost sale logged as "customer declined" keeps the style off their list this long. */
  lostSaleDays: 180,
};

export type Impression = { shownCount: number; lastShownAtMs: number; openedAtMs: number | null; takenAtMs: number | null };

/** Shown twice or more in the last 30 days and never opened or taken: declined. */
export function isDeclined(i: Impression, nowMs: number): boolean {
  return i.shownCount >= DECLINED.shownAtLeast && i.openedAtMs === null && i.takenAtMs === null && nowMs - i.lastShownAtMs <= DECLINED.withinDays * 86_400_000;
}

/** Stated preferences that rule a style out: an avoided brand or category, or a narrow last for a customer with wide feet. */
export function fitsPreferences(style: { brand: string; category: string; attributes: Record<string, string> }, prefs: CustomerPreferences | null): boolean {
  if (!prefs) return true;
  const avoid = new Set((prefs.avoid ?? []).map(lower));
  if (avoid.has(lower(style.brand)) || avoid.has(lower(style.category))) return false;
  if ((prefs.fit ?? []).map(lower).includes("wide") && style.attributes.last === "narrow") return false;
  return true;
}
