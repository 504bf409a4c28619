import "server-only";
import type { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { assembleSuggestions, stylesNeedingSources, type Candidate } from "./assemble-suggestions";
import { loadCustomerContext, type CustomerContext } from "./load-customer-context";
import { loadFallbackSimilar, loadNeighbours, loadStyles, type NeighbourWithStyle, type StyleMeta } from "./load-neighbours";
import { addSources, loadLocalOffers } from "./load-offers";
import { RANKING } from "./ranking";
import { reason, similarReason, sizeParams, withColourReason } from "./reasons";
import { fitsPreferences, otherColours, sizeWantFor, type Offer, type SizeContext, type SizeWant } from "./rules";
import { styleSuggestionsInput } from "./schemas";
import { cachedRead } from "./serving-cache";
import { rankedSources } from "./source-stores";
import type { StyleSuggestions } from "./types";

/** Candidates checked for availability per list: enough to fill it when some are out in the size. */
export const poolSize = (limit: number) => limit * 2 + 2;

/** Co-purchase neighbours blended (each list scaled to its best = 1), strongest evidence as the reason. */
function goesWithCandidates(neighbours: readonly NeighbourWithStyle[], viewed: StyleMeta): { n: NeighbourWithStyle; score: number }[] {
  const best = new Map<string, number>();
  for (const n of neighbours) best.set(n.kind, Math.max(best.get(n.kind) ?? 0, n.score));
  const acc = new Map<number, { n: NeighbourWithStyle; score: number; top: number }>();
  for (const n of neighbours) {
    // Another of the same category is an alternative, not something to wear with it.
    if ((n.kind !== "co_basket" && n.kind !== "co_customer") || n.style.category === viewed.category) continue;
    const part = (RANKING.kindWeight[n.kind] * n.score) / (best.get(n.kind) || 1);
    const cur = acc.get(n.style.id);
    if (!cur) acc.set(n.style.id, { n, score: part, top: part });
    else {
      cur.score += part;
      if (part > cur.top) [cur.top, cur.n] = [part, n];
    }
  }
  return [...acc.values()].sort((a, b) => b.score - a.score || a.n.style.id - b.n.style.id);
}

/**
 * Suggestions for the style screen: alternatives (the same style in the other colours, then similar styles) and goes
 * with (bought together with it). Everything offered is in the size (asked, or the customer's) here or orderable from
 * another store with its promise date; the viewed style never comes back as itself in its own colour.
 */
export async function suggestForStyle(db: DbOrTx, input: z.input<typeof styleSuggestionsInput> & { now?: Date }): Promise<StyleSuggestions> {
  const { styleId, storeId, colour, size, customerId, limit } = parseInput(styleSuggestionsInput, input);
  const now = input.now ?? new Date();
  const [styles, neighbours, customer, sources] = await Promise.all([
    cachedRead(db, `style:${styleId}`, () => loadStyles(db, [styleId])),
    // Half as many again as the pool per kind leaves room for what the customer's exclusions and the category rule take out.
    cachedRead(db, `neighbours:${styleId}:${limit}`, () => loadNeighbours(db, [styleId], { perKind: Math.ceil(1.5 * poolSize(limit)) })),
    customerId ? loadCustomerContext(db, customerId, now) : Promise.resolve<CustomerContext | null>(null),
    rankedSources(db, storeId, now),
  ]);
  const viewed = styles.get(styleId);
  if (!viewed) throw errors.notFound("That style");

  const personal = customer?.personalised ? customer : null;
  const sizeCtx: SizeContext = { asked: size ? { size, category: viewed.category, department: viewed.department } : null, profile: personal?.sizes ?? null };
  const exclude = new Set<number>([styleId, ...(personal?.declined ?? []), ...(personal?.history.map((h) => h.styleId) ?? [])]);
  const favourites = personal?.preferences?.colours ?? [];
  const prefer = [...favourites, ...(colour ? [colour] : [])];
  const admit = (s: StyleMeta) => !exclude.has(s.id) && fitsPreferences(s, personal?.preferences ?? null);

  let similar = neighbours.filter((n) => n.kind === "similar" && admit(n.style));
  if (!neighbours.some((n) => n.kind === "similar")) similar = (await loadFallbackSimilar(db, viewed, poolSize(limit))).filter((n) => admit(n.style));
  const pool = poolSize(limit);
  const viewedWant = sizeWantFor(viewed, sizeCtx);

  const alternatives: Candidate[] = similar.slice(0, pool).map((n) => {
    const want = sizeWantFor(n.style, sizeCtx);
    const say = (o: Offer) => withColourReason(similarReason(n.reasonData, { size: o.size, basis: want.basis }), o, favourites, { size: o.size, basis: want.basis });
    return { style: n.style, kind: "alternative", want, choice: { prefer }, reason: say };
  });
  const goesWith: Candidate[] = goesWithCandidates(neighbours, viewed)
    .filter((c) => admit(c.n.style))
    .slice(0, pool)
    .map(({ n }) => {
      const want = sizeWantFor(n.style, sizeCtx);
      const code = n.kind === "co_basket" ? "bought_together" : "same_customers";
      return { style: n.style, kind: "goes_with", want, choice: { prefer: favourites }, reason: () => reason(code, { count: n.support }) };
    });

  const wants = new Map<number, SizeWant>(colour ? [[styleId, viewedWant]] : []);
  for (const c of [...alternatives, ...goesWith]) if (!wants.has(c.style.id)) wants.set(c.style.id, c.want);
  const offers = await loadLocalOffers(db, wants, storeId);
  // The same style in its other colours comes first, up to half the list, so similar styles still get a look in.
  const colours: Candidate[] = colour
    ? otherColours(offers.get(styleId) ?? [], colour).map((c) => ({
        style: viewed,
        kind: "alternative",
        want: viewedWant,
        choice: { only: c },
        reason: (o: Offer) => reason("other_colour", { colour: o.colour, ...sizeParams(o.size, viewedWant.basis) }),
      }))
    : [];
  const need = stylesNeedingSources(
    [
      { candidates: colours, limit: Math.ceil(limit / 2) },
      { candidates: alternatives, limit },
      { candidates: goesWith, limit },
    ],
    offers,
  );
  if (need.size > 0) await addSources(db, offers, { styleIds: need, perColour: new Set(colour ? [styleId] : []), sources: sources.ranked });
  const seen = new Set<string>();
  const sameStyle = assembleSuggestions(colours, offers, Math.ceil(limit / 2), seen);
  const alt = [...sameStyle, ...assembleSuggestions(alternatives, offers, limit - sameStyle.length, seen)];
  const gw = assembleSuggestions(goesWith, offers, limit, seen);
  return {
    styleId,
    storeId,
    size: viewedWant.basis !== "any" && "size" in viewedWant ? viewedWant.size : null,
    personalised: personal !== null,
    alternatives: alt,
    goesWith: gw,
  };
}
