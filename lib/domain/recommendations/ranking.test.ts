import { describe, expect, it } from "vitest";
import {
  DAY_MS,
  RANKING,
  compareScored,
  customerPairs,
  effectiveCount,
  growingWeight,
  halfLifeDecay,
  pairScore,
  rankForCustomer,
  topCoNeighbours,
  type Neighbour,
} from "./ranking";
import { priceProximity, similarity, tfidf, tokens, topSimilar, type StyleFeatures } from "./similarity";

const EPOCH = Date.UTC(2025, 0, 1);
const NOW = Date.UTC(2025, 5, 1);

describe("recency weights", () => {
  it("gives a recent co-purchase more weight than an old one, and a sum converts back to a decayed count", () => {
    const tau = RANKING.pairTauDays;
    const recent = growingWeight(NOW - 10 * DAY_MS, EPOCH, tau);
    const old = growingWeight(NOW - 400 * DAY_MS, EPOCH, tau);
    expect(recent).toBeGreaterThan(old * 4);
    expect(effectiveCount(growingWeight(NOW, EPOCH, tau), NOW, EPOCH, tau)).toBeCloseTo(1, 10);
    expect(effectiveCount(growingWeight(NOW - tau * DAY_MS, EPOCH, tau), NOW, EPOCH, tau)).toBeCloseTo(Math.exp(-1), 10);
  });

  it("halves a purchase's vote after one half-life and never grows it for a future date", () => {
    expect(halfLifeDecay(0, 180)).toBe(1);
    expect(halfLifeDecay(180 * DAY_MS, 180)).toBeCloseTo(0.5, 12);
    expect(halfLifeDecay(-DAY_MS, 180)).toBe(1);
  });
});

describe("same-customer pairs", () => {
  const item = (sale: string, day: number, styleId: number, isNew = true) => ({ sale, atMs: NOW + day * DAY_MS, styleId, isNew });
  const collect = (items: ReturnType<typeof item>[]) => {
    const out: string[] = [];
    customerPairs(items, 90 * DAY_MS, (a, b, at) => out.push(`${a}-${b}@${(at - NOW) / DAY_MS}`));
    return out;
  };

  it("pairs styles of different sales within 90 days, once, timed at the later sale", () => {
    expect(collect([item("s1", 0, 1), item("s1", 0, 2), item("s2", 30, 3), item("s3", 200, 4)])).toEqual(["3-1@30", "3-2@30"]);
  });

  it("never pairs a style with itself or two sales already counted", () => {
    // s1 and s2 (both style 1) each pair with the counted s3 and s4; s3 with s4 were counted before.
    expect(collect([item("s1", 0, 1), item("s2", 10, 1), item("s3", 20, 2, false), item("s4", 25, 3, false)])).toEqual(["2-1@20", "2-1@20", "3-1@25", "3-1@25"]);
  });

  it("adding a late sale to counted ones gives what a recount of everything gives", () => {
    const all = [item("a", 0, 1), item("b", 40, 2), item("c", 60, 3), item("d", 95, 4)];
    const full = collect(all).sort();
    const before = collect(all.filter((x) => x.sale !== "b")).sort();
    const late = collect(all.map((x) => ({ ...x, isNew: x.sale === "b" }))).sort();
    expect([...before, ...late].sort()).toEqual(full);
  });
});

describe("co-purchase scores", () => {
  it("normalises by popularity: the same co-count with a bestseller scores lower than with a niche style", () => {
    const pair = { weighted: 10, raw: 10 };
    expect(pairScore(pair, 50, 20)).toBeGreaterThan(pairScore(pair, 50, 2_000));
  });

  it("does not let a bestseller drown a strongly associated niche style", () => {
    const pops = new Map([
      [2, 5_000],
      [3, 40],
    ]);
    const top = topCoNeighbours(100, [{ otherStyleId: 2, weighted: 60, raw: 60 }, { otherStyleId: 3, weighted: 25, raw: 25 }], (id) => pops.get(id) ?? 0, "co_basket");
    expect(top.map((t) => t.otherStyleId)).toEqual([3, 2]);
  });

  it("is scale-free, so time passing (every weight multiplied alike) changes no ranking", () => {
    const k = 123.4;
    expect(pairScore({ weighted: 8 * k, raw: 8 }, 30 * k, 20 * k)).toBeCloseTo(pairScore({ weighted: 8, raw: 8 }, 30, 20), 12);
  });

  it("shrinks scores resting on few co-purchases and drops pairs below the minimum support", () => {
    const few = pairScore({ weighted: 1, raw: 2 }, 10, 10);
    const many = pairScore({ weighted: 10, raw: 20 }, 100, 100);
    expect(few).toBeLessThan(many);
    const top = topCoNeighbours(10, [{ otherStyleId: 9, weighted: 5, raw: 1 }], () => 10, "co_basket");
    expect(top).toEqual([]);
  });

  it("breaks ties by support, then by the lower style id, so lists never flicker", () => {
    const list = [
      { otherStyleId: 7, score: 1, support: 3 },
      { otherStyleId: 5, score: 1, support: 3 },
      { otherStyleId: 9, score: 1, support: 8 },
      { otherStyleId: 2, score: 2, support: 1 },
    ].sort(compareScored);
    expect(list.map((s) => s.otherStyleId)).toEqual([2, 9, 5, 7]);
  });

  it("keeps only the top K", () => {
    const pairs = Array.from({ length: 80 }, (_, i) => ({ otherStyleId: i + 1, weighted: i + 3, raw: i + 3 }));
    expect(topCoNeighbours(10, pairs, () => 10, "co_customer")).toHaveLength(RANKING.topK);
  });
});

const feature = (id: number, over: Partial<StyleFeatures> = {}): StyleFeatures => ({
  id,
  category: "ankle-boots",
  department: "women",
  brand: "Suela Madre",
  priceCents: 12_995,
  attributes: { last: "regular", heel: "mid", occasion: "everyday", style: "classic", season: "winter" },
  text: new Map(),
  ...over,
});

describe("similarity", () => {
  it("compares only within a category and compatible departments", () => {
    expect(similarity(feature(1), feature(2, { category: "sneakers" }))).toBeNull();
    expect(similarity(feature(1), feature(2, { department: "kids" }))).toBeNull();
    expect(similarity(feature(1), feature(2, { department: "unisex" }))).not.toBeNull();
    expect(similarity(feature(1), feature(1))).toBeNull();
  });

  it("ranks shared attributes and a close price above a different last at twice the price", () => {
    const a = feature(1);
    const close = similarity(a, feature(2, { priceCents: 11_995 }))!;
    const far = similarity(a, feature(3, { priceCents: 25_995, attributes: { ...a.attributes, last: "wide", occasion: "work" } }))!;
    expect(close.score).toBeGreaterThan(far.score);
    expect(close.shared).toContain("last");
    expect(far.shared).not.toContain("last");
  });

  it("prices within a factor two are proximate, beyond are not", () => {
    expect(priceProximity(100, 100)).toBe(1);
    expect(priceProximity(100, 200)).toBeCloseTo(0, 12);
    expect(priceProximity(100, 141)).toBeGreaterThan(0.4);
  });

  it("weighs rare description words over ones every style uses", () => {
    const docs = new Map([
      [1, tokens("Leather ankle boot with a block heel, Goodyear-welted")],
      [2, tokens("Leather ankle boot with a block heel")],
      [3, tokens("Leather ankle boot, Goodyear-welted sole")],
    ]);
    const v = tfidf(docs);
    expect(v.get(1)?.has("leather")).toBe(false);
    expect(v.get(1)?.get("goodyear")).toBeGreaterThan(0);
  });

  it("lists the most similar styles first", () => {
    const list = topSimilar([feature(1), feature(2, { priceCents: 12_495 }), feature(3, { priceCents: 24_995, attributes: { last: "wide" } })]).get(1)!;
    expect(list.map((n) => n.otherStyleId)).toEqual([2, 3]);
  });
});

describe("for a customer", () => {
  const n = (styleId: number, otherStyleId: number, kind: Neighbour["kind"], score: number, support = 5): Neighbour => ({ styleId, kind, otherStyleId, score, support });

  it("lets recent purchases vote more than old ones", () => {
    const ranked = rankForCustomer({
      history: [
        { styleId: 1, lastAtMs: NOW - 5 * DAY_MS },
        { styleId: 2, lastAtMs: NOW - 700 * DAY_MS },
      ],
      neighbours: [n(1, 10, "co_basket", 0.2), n(2, 20, "co_basket", 0.2)],
      nowMs: NOW,
      exclude: new Set([1, 2]),
      limit: 5,
    });
    expect(ranked.map((r) => r.styleId)).toEqual([10, 20]);
    expect(ranked[0]?.because).toEqual({ kind: "co_basket", fromStyleId: 1, support: 5 });
  });

  it("never suggests what is excluded (bought, declined, on screen)", () => {
    const ranked = rankForCustomer({ history: [{ styleId: 1, lastAtMs: NOW }], neighbours: [n(1, 2, "similar", 1), n(1, 3, "similar", 0.5)], nowMs: NOW, exclude: new Set([1, 2]), limit: 5 });
    expect(ranked.map((r) => r.styleId)).toEqual([3]);
  });

  it("scales each kind's list to its best neighbour, so one kind's units do not swamp another's", () => {
    const ranked = rankForCustomer({
      history: [{ styleId: 1, lastAtMs: NOW }],
      neighbours: [n(1, 10, "co_basket", 0.001), n(1, 11, "co_basket", 0.0005), n(1, 20, "similar", 0.9)],
      nowMs: NOW,
      exclude: new Set([1]),
      limit: 5,
    });
    expect(ranked[0]?.styleId).toBe(10);
  });

  it("adds weight to favourite brands and says so when the brand is the main reason", () => {
    const ranked = rankForCustomer({
      history: [{ styleId: 1, lastAtMs: NOW }],
      neighbours: [n(1, 10, "similar", 1), n(1, 11, "similar", 0.9)],
      nowMs: NOW,
      exclude: new Set([1]),
      brandOf: (id) => (id === 11 ? "Pista" : "Norte"),
      favouriteBrands: new Set(["Pista"]),
      limit: 5,
    });
    expect(ranked[0]).toMatchObject({ styleId: 11, because: { kind: "favourite_brand" } });
  });

  it("drops candidates the admit rule refuses (not in their size)", () => {
    const ranked = rankForCustomer({ history: [{ styleId: 1, lastAtMs: NOW }], neighbours: [n(1, 2, "co_customer", 1), n(1, 3, "co_customer", 0.5)], nowMs: NOW, exclude: new Set([1]), admit: (id) => id !== 2, limit: 5 });
    expect(ranked.map((r) => r.styleId)).toEqual([3]);
  });

  it("breaks equal scores by the lower style id", () => {
    const ranked = rankForCustomer({ history: [{ styleId: 1, lastAtMs: NOW }], neighbours: [n(1, 9, "similar", 1), n(1, 4, "similar", 1)], nowMs: NOW, exclude: new Set(), limit: 5 });
    expect(ranked.map((r) => r.styleId)).toEqual([4, 9]);
  });
});
