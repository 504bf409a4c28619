/**
 * Pure ranking code of the recommender: recency weights, popularity-normalised co-purchase scores, top-K neighbour
 * lists and the per-customer blend (attribute and text similarity are in similarity.ts). The job and the serving
 * path both call these.
 */
import type { RecCountKind, RecPairKind } from "@/lib/db/schema/recommendations";

export const DAY_MS = 86_400_000;
/** Weights are exp((t - epoch) / tau) (see growingWeight); a fixed epoch keeps every build on the same scale. */
export const WEIGHT_EPOCH_MS = Date.UTC(2025, 0, 1);
/** Two purchases by one customer this close together count as "bought by the same customers". */
export const CUSTOMER_WINDOW_DAYS = 90;

/** Tuned on the demo history (bench/recs): validated on the 60 days before the evaluation window, not on it. */
export const RANKING = {
  /** Co-purchases fade with this time constant (days): last season's pairs count for less than this season's. */
  pairTauDays: 240,
  /** "Popular here now" fades faster, so the season shows. */
  popularityTauDays: 30,
  /** Popularity exponent of the neighbour in the normaliser: 0.5 is cosine; higher pushes bestsellers down harder. */
  alpha: 0.5,
  /** Shrinks scores resting on few co-purchases: raw / (raw + shrink). */
  shrink: 3,
  /** Pairs seen fewer times are noise and are not kept. */
  minSupport: { co_basket: 2, co_customer: 2 } satisfies Record<RecCountKind, number>,
  /** Neighbours kept per style and kind. */
  topK: 50,
  /** Customers' purchases fade with this half-life (days) when they seed suggestions. */
  historyHalfLifeDays: 180,
  /** Blend of the neighbour kinds for a customer (each list is scaled to its best neighbour = 1). */
  kindWeight: { co_basket: 1, co_customer: 1.2, similar: 0.4 } satisfies Record<RecPairKind, number>,
  /** Extra score for a style of one of the customer's stated favourite brands. */
  favouriteBrand: 0.5,
  /** Weight of current popularity (0..1 scaled) for a customer: a tie-breaker, never the main signal. */
  popularity: 0.5,
} as const;

export type RankingConfig = typeof RANKING;

/** Growing weight of an event at `atMs`: exp((at - epoch) / tau). Sums of these rank like decayed counts at any later time. */
export function growingWeight(atMs: number, epochMs: number, tauDays: number): number {
  return Math.exp((atMs - epochMs) / (tauDays * DAY_MS));
}

/** A sum of growing weights as the decayed count it equals at `nowMs` (what "this many recently" means). */
export function effectiveCount(weighted: number, nowMs: number, epochMs: number, tauDays: number): number {
  return weighted * Math.exp(-(nowMs - epochMs) / (tauDays * DAY_MS));
}

/** 1 now, 0.5 after one half-life. */
export function halfLifeDecay(ageMs: number, halfLifeDays: number): number {
  return 0.5 ** (Math.max(0, ageMs) / (halfLifeDays * DAY_MS));
}

/** One style of one sale of a customer; `isNew` when the sale has not been counted yet. */
export type CustomerItem = { sale: string; atMs: number; styleId: number; isNew: boolean };

/**
 * "Bought by the same customer": every two of a customer's sales at most `windowMs` apart pair their styles. Items are
 * sorted by (atMs, sale); each pair of sales is visited once (the later one first), and only when at least one of
 * them is new, so adding sales in any order reaches the counts a full recount does. `emit` gets the pair's time:
 * the later sale's, which fixes its weight.
 */
export function customerPairs(items: readonly CustomerItem[], windowMs: number, emit: (a: number, b: number, atMs: number) => void): void {
  let from = 0;
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    while (from < i && x.atMs - items[from]!.atMs > windowMs) from++;
    for (let j = from; j < i; j++) {
      const y = items[j]!;
      if (y.sale === x.sale || y.styleId === x.styleId || !(x.isNew || y.isNew)) continue;
      emit(x.styleId, y.styleId, x.atMs);
    }
  }
}

export type PairCounts = { weighted: number; raw: number };

/**
 * Co-purchase strength of b for a, normalised so bestsellers do not drown everything: the shared weight divided by
 * pop(a)^(1-alpha) * pop(b)^alpha (cosine at alpha 0.5), shrunk when it rests on few co-purchases.
 * Scale-free: multiplying every weight by the same factor (time passing) leaves it unchanged.
 */
export function pairScore(pair: PairCounts, popA: number, popB: number, cfg: Pick<RankingConfig, "alpha" | "shrink"> = RANKING): number {
  if (pair.raw <= 0 || pair.weighted <= 0 || popA <= 0 || popB <= 0) return 0;
  const norm = popA ** (1 - cfg.alpha) * popB ** cfg.alpha;
  return (pair.weighted / norm) * (pair.raw / (pair.raw + cfg.shrink));
}

export type Scored = { otherStyleId: number; score: number; support: number };

/** Best first; equal scores go to more support, then the lower style id, so lists never flicker between builds. */
export function compareScored(a: Scored, b: Scored): number {
  return b.score - a.score || b.support - a.support || a.otherStyleId - b.otherStyleId;
}

/** The K best co-purchase neighbours of one style from its raw pair counts. */
export function topCoNeighbours(
  popA: number,
  pairs: readonly (PairCounts & { otherStyleId: number })[],
  popularity: (styleId: number) => number,
  kind: RecCountKind,
  cfg: RankingConfig = RANKING,
): Scored[] {
  const out: Scored[] = [];
  for (const p of pairs) {
    if (p.raw < cfg.minSupport[kind]) continue;
    const score = pairScore(p, popA, popularity(p.otherStyleId), cfg);
    if (score > 0) out.push({ otherStyleId: p.otherStyleId, score, support: p.raw });
  }
  return out.sort(compareScored).slice(0, cfg.topK);
}

// ---- For a customer -------------------------------------------------------------------------------------------

export type HistoryItem = { styleId: number; lastAtMs: number };
export type Neighbour = { styleId: number; kind: RecPairKind; otherStyleId: number; score: number; support: number };
/** What put a candidate on the list: the neighbour term that contributed most. */
export type Because =
  | { kind: RecPairKind; fromStyleId: number; support: number }
  | { kind: "favourite_brand" }
  | { kind: "popular"; scope?: "store" | "chain" };
export type RankedStyle = { styleId: number; score: number; because: Because };

export type CustomerRankInput = {
  history: readonly HistoryItem[];
  /** Materialised neighbours of the history's styles. */
  neighbours: readonly Neighbour[];
  nowMs: number;
  /** Styles never to suggest: already bought, declined, the one on screen. */
  exclude: ReadonlySet<number>;
  /** Brand of a candidate style, when known (for favourite brands). */
  brandOf?: (styleId: number) => string | undefined;
  favouriteBrands?: ReadonlySet<string>;
  /** Current popularity of a style, 0..1 (1 = the bestseller). */
  popularity?: (styleId: number) => number;
  /** Candidates may be dropped here (e.g. not made in the customer's size) before the list is cut. */
  admit?: (styleId: number) => boolean;
  limit: number;
};

/**
 * A customer's list from their history: each purchase (faded by age) votes for its neighbours, each kind's list
 * scaled so its best neighbour is 1; favourite brands add a little and current popularity breaks near-ties.
 */
export function rankForCustomer(input: CustomerRankInput, cfg: RankingConfig = RANKING): RankedStyle[] {
  const recency = new Map(input.history.map((h) => [h.styleId, halfLifeDecay(input.nowMs - h.lastAtMs, cfg.historyHalfLifeDays)]));
  const best = new Map<string, number>();
  for (const n of input.neighbours) {
    const key = `${n.styleId}|${n.kind}`;
    best.set(key, Math.max(best.get(key) ?? 0, n.score));
  }
  const acc = new Map<number, { score: number; top: number; because: Because }>();
  for (const n of input.neighbours) {
    const r = recency.get(n.styleId);
    const max = best.get(`${n.styleId}|${n.kind}`) ?? 0;
    if (r === undefined || max <= 0 || input.exclude.has(n.otherStyleId)) continue;
    const part = r * cfg.kindWeight[n.kind] * (n.score / max);
    const cur = acc.get(n.otherStyleId);
    if (!cur) acc.set(n.otherStyleId, { score: part, top: part, because: { kind: n.kind, fromStyleId: n.styleId, support: n.support } });
    else {
      cur.score += part;
      if (part > cur.top) {
        cur.top = part;
        cur.because = { kind: n.kind, fromStyleId: n.styleId, support: n.support };
      }
    }
  }
  const out: RankedStyle[] = [];
  for (const [styleId, a] of acc) {
    if (input.admit && !input.admit(styleId)) continue;
    const brand = input.brandOf?.(styleId);
    const brandBoost = brand !== undefined && input.favouriteBrands?.has(brand) ? cfg.favouriteBrand : 0;
    const pop = (input.popularity?.(styleId) ?? 0) * cfg.popularity;
    const because: Because = brandBoost > a.top ? { kind: "favourite_brand" } : a.because;
    out.push({ styleId, score: a.score + brandBoost + pop, because });
  }
  return out.sort((x, y) => y.score - x.score || x.styleId - y.styleId).slice(0, input.limit);
}
