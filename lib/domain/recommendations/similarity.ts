/** Pure attribute, price and text similarity between styles, and each style's most similar neighbours. */
import { RANKING, compareScored, type Scored } from "./ranking";

export type StyleFeatures = {
  id: number;
  category: string;
  department: string;
  brand: string;
  priceCents: number;
  attributes: Record<string, string>;
  /** L2-normalised TF-IDF vector of the style's words. */
  text: Map<string, number>;
};

/** Attributes an associate can name, and how much a match says about "the same kind of thing". */
export const ATTRIBUTE_WEIGHTS: Record<string, number> = { last: 1, occasion: 1, style: 0.8, fit: 0.7, heel: 0.6, season: 0.3 };
const SIMILARITY_WEIGHTS = { attributes: 0.45, price: 0.25, text: 0.2, brand: 0.1 };

export type SimilarityDetail = { score: number; shared: string[]; priceRatio: number; text: number };

/** Kids' things go with kids' things; unisex goes with either adult department. */
export function departmentsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === "kids" || b === "kids") return false;
  return a === "unisex" || b === "unisex";
}

/** 1 at the same price, falling to 0 at twice (or half) the price. */
export function priceProximity(a: number, b: number): number {
  if (a <= 0 || b <= 0) return 0;
  return Math.max(0, 1 - Math.abs(Math.log(a / b)) / Math.LN2);
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

/** How alike two styles of the same category are: shared attributes, price band, description words, brand. Null if not comparable. */
export function similarity(a: StyleFeatures, b: StyleFeatures): SimilarityDetail | null {
  if (a.id === b.id || a.category !== b.category || !departmentsCompatible(a.department, b.department)) return null;
  let matched = 0;
  let possible = 0;
  const shared: string[] = [];
  for (const [attr, w] of Object.entries(ATTRIBUTE_WEIGHTS)) {
    const x = a.attributes[attr];
    const y = b.attributes[attr];
    if (x === undefined || y === undefined) continue;
    possible += w;
    if (x === y) {
      matched += w;
      shared.push(attr);
    }
  }
  const attrs = possible > 0 ? matched / possible : 0;
  const price = priceProximity(a.priceCents, b.priceCents);
  const text = cosine(a.text, b.text);
  const W = SIMILARITY_WEIGHTS;
  const score = W.attributes * attrs + W.price * price + W.text * text + W.brand * (a.brand === b.brand ? 1 : 0);
  return { score, shared, priceRatio: b.priceCents / Math.max(1, a.priceCents), text };
}

const STOP_WORDS = new Set(
  "a an and the of for with in on to by from is it its this that your you our at as or be are made every each day all into".split(" "),
);

/** Words of a style's copy, folded to lower case without accents; short and stop words dropped. */
export function tokens(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 2 && !STOP_WORDS.has(t));
}

/** TF-IDF vectors (L2-normalised) for a set of documents: words every style uses weigh nothing. */
export function tfidf(docs: ReadonlyMap<number, string[]>): Map<number, Map<string, number>> {
  const df = new Map<string, number>();
  for (const words of docs.values()) for (const t of new Set(words)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.size;
  const out = new Map<number, Map<string, number>>();
  for (const [id, words] of docs) {
    const tf = new Map<string, number>();
    for (const t of words) tf.set(t, (tf.get(t) ?? 0) + 1);
    const vec = new Map<string, number>();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log((1 + n) / (1 + (df.get(t) ?? 0)));
      if (w <= 0) continue;
      vec.set(t, w);
      norm += w * w;
    }
    const len = Math.sqrt(norm);
    if (len > 0) for (const [t, w] of vec) vec.set(t, w / len);
    out.set(id, vec);
  }
  return out;
}

export type SimilarNeighbour = Scored & { detail: SimilarityDetail };

/** The K most similar styles of each style, comparing only within a category (the only place "instead of" makes sense). */
export function topSimilar(features: readonly StyleFeatures[], topK: number = RANKING.topK): Map<number, SimilarNeighbour[]> {
  const byCategory = new Map<string, StyleFeatures[]>();
  for (const f of features) {
    const group = byCategory.get(f.category);
    if (group) group.push(f);
    else byCategory.set(f.category, [f]);
  }
  const out = new Map<number, SimilarNeighbour[]>();
  for (const group of byCategory.values()) {
    for (const a of group) {
      const list: SimilarNeighbour[] = [];
      for (const b of group) {
        const detail = similarity(a, b);
        if (detail && detail.score > 0) list.push({ otherStyleId: b.id, score: detail.score, support: 0, detail });
      }
      out.set(a.id, list.sort(compareScored).slice(0, topK));
    }
  }
  return out;
}
