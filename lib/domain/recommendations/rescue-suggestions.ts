import "server-only";
import type { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { errors } from "@/lib/errors";
import { parseInput } from "@/lib/domain/catalog/parse-input";
import { assembleSuggestions, stylesNeedingSources, type Candidate } from "./assemble-suggestions";
import { loadFallbackSimilar, loadNeighbours, loadStyles } from "./load-neighbours";
import { addSources, loadLocalOffers } from "./load-offers";
import { reason, similarReason, sizeParams } from "./reasons";
import { otherColours, sizeWantFor, type Offer, type SizeWant } from "./rules";
import { rescueSuggestionsInput } from "./schemas";
import { cachedRead } from "./serving-cache";
import { rankedSources } from "./source-stores";
import { poolSize } from "./suggest-for-style";
import type { RescueSuggestions } from "./types";

/**
 * When the wanted colour and size are nowhere: the nearest alternatives that can be had in that size, here or ordered
 * with a promise date. The same style in another colour first (the smallest change), then the most similar styles.
 */
export async function rescueSuggestions(db: DbOrTx, input: z.input<typeof rescueSuggestionsInput> & { now?: Date }): Promise<RescueSuggestions> {
  const { styleId, colour, size, storeId, limit } = parseInput(rescueSuggestionsInput, input);
  const now = input.now ?? new Date();
  const [styles, neighbours, sources] = await Promise.all([
    cachedRead(db, `style:${styleId}`, () => loadStyles(db, [styleId])),
    cachedRead(db, `similar:${styleId}:${limit}`, () => loadNeighbours(db, [styleId], { kinds: ["similar"], perKind: Math.ceil(1.5 * poolSize(limit)) })),
    rankedSources(db, storeId, now),
  ]);
  const style = styles.get(styleId);
  if (!style) throw errors.notFound("That style");
  const similar = neighbours.length > 0 ? neighbours : await loadFallbackSimilar(db, style, poolSize(limit));
  const asked = { asked: { size, category: style.category, department: style.department } };
  const ownWant = sizeWantFor(style, asked);

  const similarCandidates: Candidate[] = similar.slice(0, poolSize(limit)).map((n) => {
    const want = sizeWantFor(n.style, asked);
    return { style: n.style, kind: "rescue", want, choice: { prefer: [colour] }, reason: (o: Offer) => similarReason(n.reasonData, { size: o.size, basis: want.basis }) };
  });
  const wants = new Map<number, SizeWant>([[styleId, ownWant], ...similarCandidates.map((c): [number, SizeWant] => [c.style.id, c.want])]);
  const offers = await loadLocalOffers(db, wants, storeId);
  const colourCandidates: Candidate[] = otherColours(offers.get(styleId) ?? [], colour).map((c) => ({
    style,
    kind: "rescue",
    want: ownWant,
    choice: { only: c },
    reason: (o: Offer) => reason("other_colour", { colour: o.colour, ...sizeParams(o.size, ownWant.basis) }),
  }));
  const candidates = [...colourCandidates, ...similarCandidates];
  const need = stylesNeedingSources([{ candidates, limit }], offers);
  if (need.size > 0) await addSources(db, offers, { styleIds: need, perColour: new Set([styleId]), sources: sources.ranked });
  return { styleId, colour, size, storeId, suggestions: assembleSuggestions(candidates, offers, limit) };
}
