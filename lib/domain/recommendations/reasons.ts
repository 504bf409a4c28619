/** The short sentence an associate can say for each suggestion; code + params let the UI translate it. */
import type { Offer } from "./rules";
import type { ReasonCode, SizeBasis, SuggestionReason } from "./types";

type Params = Record<string, string | number>;

const str = (p: Params, k: string) => (p[k] === undefined ? "" : String(p[k]));
const times = (n: number) => (n === 1 ? "once" : `${n} times`);
/** "in your size 38" for the customer's own size, "in size 38" otherwise, nothing when no size is known. */
const inSize = (p: Params) => (p.size === undefined ? "" : p.yourSize ? ` in your size ${str(p, "size")}` : ` in size ${str(p, "size")}`);

const TEMPLATES: Record<ReasonCode, (p: Params) => string> = {
  other_colour: (p) => `Same style in ${str(p, "colour")}${inSize(p)}`,
  bought_together: (p) => (p.with ? `Bought together with the ${str(p, "with")} ${times(Number(p.count))}` : `Bought together ${times(Number(p.count))}`),
  same_customers: (p) =>
    p.with ? `Customers who bought the ${str(p, "with")} also bought this (${times(Number(p.count))})` : `Often bought by the same customers (${times(Number(p.count))})`,
  same_last: (p) => `Same last${p.with ? ` as the ${str(p, "with")}` : ""}${inSize(p)}`,
  same_occasion: (p) => `Also for ${str(p, "occasion")}${p.with ? `, like the ${str(p, "with")}` : ""}${inSize(p)}`,
  same_fit: (p) => `Same ${str(p, "fit")} fit${p.with ? ` as the ${str(p, "with")}` : ""}${inSize(p)}`,
  similar: (p) => `Similar style${p.similarPrice ? " at a similar price" : ""}${p.with ? ` to the ${str(p, "with")}` : ""}${inSize(p)}`,
  favourite_colour: (p) => `In your favourite colour, ${str(p, "colour")}${inSize(p)}`,
  favourite_brand: (p) => `From ${str(p, "brand")}, one of your brands${inSize(p)}`,
  popular_here: (p) => `${p.scope === "chain" ? "Popular across our stores" : "Popular in this store"} right now${inSize(p)}`,
};

/** Builds a reason with its English text; params with undefined values are dropped. */
export function reason(code: ReasonCode, params: Record<string, string | number | undefined> = {}): SuggestionReason {
  const clean: Params = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") clean[k] = v;
  return { code, text: TEMPLATES[code](clean), params: clean };
}

/** Size params for a reason: named when one size was matched, "your" when it is the customer's own. */
export function sizeParams(size: string | null, basis: SizeBasis): { size?: string; yourSize?: number } {
  if (size === null || basis === "any") return {};
  return basis === "profile" || basis === "asked" ? { size, yourSize: 1 } : { size };
}

/** Words for the occasions the catalogue records. */
const OCCASION_WORDS: Record<string, string> = { everyday: "everyday wear", sport: "sport", "going-out": "going out", outdoor: "the outdoors", work: "work" };

/**
 * Why a similar style is similar, in the order an associate would say it: same last (footwear), same occasion,
 * same fit, else "similar style" (with "at a similar price" when within 15%).
 */
export function similarReason(
  data: Record<string, unknown>,
  size: { size: string | null; basis: SizeBasis },
  withName?: string,
): SuggestionReason {
  const shared = Array.isArray(data.shared) ? (data.shared as string[]) : [];
  const base = { ...sizeParams(size.size, size.basis), with: withName };
  if (shared.includes("last") && typeof data.last === "string") return reason("same_last", { ...base, last: data.last });
  if (shared.includes("occasion") && typeof data.occasion === "string") {
    return reason("same_occasion", { ...base, occasion: OCCASION_WORDS[data.occasion] ?? data.occasion });
  }
  if (shared.includes("fit") && typeof data.fit === "string") return reason("same_fit", { ...base, fit: data.fit });
  const ratio = typeof data.priceRatio === "number" ? data.priceRatio : 0;
  return reason("similar", { ...base, similarPrice: ratio > 0.85 && ratio < 1.15 ? 1 : undefined });
}

/** "In your favourite colour" wins over a generic reason; it never hides a co-purchase count. */
export function withColourReason(base: SuggestionReason, offer: Offer, favourites: readonly string[], size: { size: string | null; basis: SizeBasis }): SuggestionReason {
  const generic = base.code === "similar" || base.code === "popular_here" || base.code === "same_occasion";
  const lower = (s: string) => s.toLowerCase();
  if (!generic || !favourites.some((c) => lower(c) === lower(offer.colour))) return base;
  return reason("favourite_colour", { colour: offer.colour, ...sizeParams(size.size, size.basis) });
}
