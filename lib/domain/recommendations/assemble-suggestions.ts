import type { StyleMeta } from "./load-neighbours";
import { chooseOffer, type ColourChoice, type Offer, type SizeWant, type VariantOffer } from "./rules";
import type { Suggestion, SuggestionKind, SuggestionReason } from "./types";

/** A style that may be suggested, in rank order, with the size it must come in and how to say why. */
export type Candidate = {
  style: StyleMeta;
  kind: SuggestionKind;
  want: SizeWant;
  choice?: ColourChoice;
  reason: (offer: Offer) => SuggestionReason;
};

/**
 * The first `limit` candidates that can actually be had (in their size, here or ordered with a promise date), each
 * style once across the lists sharing `seen`. A candidate without an offer is dropped, never shown.
 */
export function assembleSuggestions(candidates: readonly Candidate[], offers: ReadonlyMap<number, VariantOffer[]>, limit: number, seen: Set<string> = new Set()): Suggestion[] {
  const out: Suggestion[] = [];
  for (const c of candidates) {
    if (out.length >= limit) break;
    const offer = chooseOffer(offers.get(c.style.id) ?? [], c.want, c.choice);
    if (!offer) continue;
    // A style comes once, except the per-colour candidates of one style (choice.only), once per colour.
    const key = `${c.style.id}|${offer.colour.toLowerCase()}`;
    if (seen.has(key) || (c.choice?.only === undefined && seen.has(`${c.style.id}`))) continue;
    seen.add(key);
    seen.add(`${c.style.id}`);
    out.push({
      styleId: c.style.id,
      code: c.style.code,
      name: c.style.name,
      brand: c.style.brand,
      category: c.style.category,
      priceCents: c.style.priceCents,
      colour: offer.colour,
      colourHex: offer.colourHex,
      size: offer.size,
      variantId: offer.variantId,
      sizeBasis: c.want.basis,
      availableHere: offer.availableHere,
      bestSource: offer.bestSource,
      reason: c.reason(offer),
      kind: c.kind,
    });
  }
  return out;
}

/**
 * Which candidates need a source store looked up: walking each list in rank order with what is here, those with no
 * offer here that come before the list is full. Most lists fill from this store's stock, so few or none do.
 */
export function stylesNeedingSources(lists: readonly { candidates: readonly Candidate[]; limit: number }[], offers: ReadonlyMap<number, VariantOffer[]>): Set<number> {
  const need = new Set<number>();
  for (const { candidates, limit } of lists) {
    let filled = 0;
    for (const c of candidates) {
      if (filled >= limit) break;
      const variants = offers.get(c.style.id) ?? [];
      // Sources are not looked up yet, so an offer now is an offer here.
      if (chooseOffer(variants, c.want, c.choice)) filled++;
      else if (variants.length > 0) need.add(c.style.id);
    }
  }
  return need;
}
