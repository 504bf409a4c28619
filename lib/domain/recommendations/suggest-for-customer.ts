import "server-only";
import type { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { assembleSuggestions, stylesNeedingSources, type Candidate } from "./assemble-suggestions";
import { loadCustomerContext } from "./load-customer-context";
import { loadNeighbours, loadPopular, loadStyles, type NeighbourWithStyle, type StyleMeta } from "./load-neighbours";
import { addSources, loadLocalOffers } from "./load-offers";
import { rankForCustomer, type Because, type HistoryItem } from "./ranking";
import { reason, similarReason, sizeParams, withColourReason } from "./reasons";
import { fitsPreferences, sizeWantFor, type Offer, type SizeContext, type SizeWant } from "./rules";
import { customerSuggestionsInput } from "./schemas";
import { rankedSources } from "./source-stores";
import { poolSize } from "./suggest-for-style";
import type { CustomerSuggestions, SuggestionReason } from "./types";

/** Purchases that seed a customer's list: the most recent ones say most about them now. */
const SEED_PURCHASES = 30;
const POPULAR_READ = 300;

type Ranked = { style: StyleMeta; because: Because; neighbour?: NeighbourWithStyle };

function reasonFor(r: Ranked, o: Offer, want: SizeWant, favourites: readonly string[]): SuggestionReason {
  const size = { size: o.size, basis: want.basis };
  const n = r.neighbour;
  let base: SuggestionReason;
  if (r.because.kind === "co_basket") base = reason("bought_together", { count: r.because.support, with: n?.fromName });
  else if (r.because.kind === "co_customer") base = reason("same_customers", { count: r.because.support, with: n?.fromName });
  else if (r.because.kind === "similar") base = similarReason(n?.reasonData ?? {}, size, n?.fromName);
  else if (r.because.kind === "favourite_brand") base = reason("favourite_brand", { brand: r.style.brand, ...sizeParams(o.size, want.basis) });
  else base = reason("popular_here", { ...sizeParams(o.size, want.basis), scope: r.because.kind === "popular" && r.because.scope === "chain" ? "chain" : undefined });
  return withColourReason(base, o, favourites, size);
}

/**
 * "For this customer". With personalisation not refused: their purchases (faded by age) vote for co-purchase and
 * similar neighbours, stated brands add weight, stated colours pick the colour, and their sizes filter; styles already
 * bought or declined are left out. Refused: nothing of theirs is read; suggestions are item-based from the style in
 * hand (contextStyleId), or this store's bestsellers, in the size asked for if any.
 */
export async function suggestForCustomer(db: DbOrTx, input: z.input<typeof customerSuggestionsInput> & { now?: Date }): Promise<CustomerSuggestions> {
  const { customerId, storeId, contextStyleId, size, limit } = parseInput(customerSuggestionsInput, input);
  const now = input.now ?? new Date();
  const [customer, sources, context] = await Promise.all([
    loadCustomerContext(db, customerId, now),
    rankedSources(db, storeId, now),
    contextStyleId ? loadStyles(db, [contextStyleId]) : Promise.resolve(new Map<number, StyleMeta>()),
  ]);
  const contextStyle = contextStyleId ? context.get(contextStyleId) : undefined;
  if (contextStyleId && !contextStyle) throw errors.notFound("That style");

  const personal = customer.personalised ? customer : null;
  const pool = poolSize(limit);
  const prefs = personal?.preferences ?? null;
  const favourites = prefs?.colours ?? [];
  const exclude = new Set<number>([...(personal?.history.map((h) => h.styleId) ?? []), ...(personal?.declined ?? []), ...(contextStyleId ? [contextStyleId] : [])]);
  // Refused: only the item in hand seeds the list; its "purchase" is now.
  const seeds: HistoryItem[] = personal
    ? [...personal.history].sort((a, b) => b.lastAtMs - a.lastAtMs).slice(0, SEED_PURCHASES)
    : contextStyleId ? [{ styleId: contextStyleId, lastAtMs: now.getTime() }] : [];

  const [neighbours, popularHere, popularChain] = await Promise.all([
    loadNeighbours(db, seeds.map((s) => s.styleId)),
    loadPopular(db, storeId, pool * 2),
    loadPopular(db, 0, POPULAR_READ),
  ]);
  const meta = new Map<number, StyleMeta>();
  for (const n of neighbours) meta.set(n.style.id, n.style);
  const maxPop = popularChain[0]?.weighted ?? 0;
  // Popularity only nudges a personal list; a refused customer's list is item-based, so it stays out of the blend.
  const popularity = new Map(personal ? popularChain.map((p) => [p.styleId, maxPop > 0 ? p.weighted / maxPop : 0]) : []);
  const favouriteBrands = new Set(prefs?.brands ?? []);
  const ranked = rankForCustomer({
    history: seeds,
    neighbours: neighbours.map((n) => ({ styleId: n.fromStyleId, kind: n.kind, otherStyleId: n.style.id, score: n.score, support: n.support })),
    nowMs: now.getTime(),
    exclude,
    brandOf: (id) => meta.get(id)?.brand,
    favouriteBrands,
    popularity: (id) => popularity.get(id) ?? 0,
    admit: (id) => {
      const s = meta.get(id);
      return s !== undefined && fitsPreferences(s, prefs);
    },
    limit: pool,
  });
  const because = (styleId: number, b: Because) =>
    b.kind === "co_basket" || b.kind === "co_customer" || b.kind === "similar"
      ? neighbours.find((n) => n.style.id === styleId && n.fromStyleId === b.fromStyleId && n.kind === b.kind)
      : undefined;
  const list: Ranked[] = ranked.map((r) => ({ style: meta.get(r.styleId)!, because: r.because, neighbour: because(r.styleId, r.because) }));
  // Topped up with what sells here now (then chain-wide), so a new customer, or a refused one with nothing in hand, still gets a list.
  const popular = [...popularHere.map((p) => ({ ...p, scope: "store" as const })), ...popularChain.map((p) => ({ ...p, scope: "chain" as const }))];
  for (const p of popular) {
    if (list.length >= pool) break;
    if (exclude.has(p.styleId) || list.some((l) => l.style.id === p.styleId) || !fitsPreferences(p.style, prefs)) continue;
    list.push({ style: p.style, because: favouriteBrands.has(p.style.brand) ? { kind: "favourite_brand" } : { kind: "popular", scope: p.scope } });
  }

  const sizeCtx: SizeContext = {
    asked: size && contextStyle ? { size, category: contextStyle.category, department: contextStyle.department } : null,
    profile: personal?.sizes ?? null,
  };
  const candidates: Candidate[] = list.map((r) => {
    const want = sizeWantFor(r.style, sizeCtx);
    return { style: r.style, kind: "for_customer", want, choice: { prefer: favourites }, reason: (o: Offer) => reasonFor(r, o, want, favourites) };
  });
  const wants = new Map<number, SizeWant>(candidates.map((c) => [c.style.id, c.want]));
  const offers = await loadLocalOffers(db, wants, storeId);
  const need = stylesNeedingSources([{ candidates, limit }], offers);
  if (need.size > 0) await addSources(db, offers, { styleIds: need, sources: sources.ranked });
  return {
    customerId,
    storeId,
    personalisation: customer.state,
    personalised: personal !== null,
    suggestions: assembleSuggestions(candidates, offers, limit),
  };
}
