import type { SnapStyle, SnapVariant } from "./types";

/** Lower case, accents off ("Córdoba" finds "cordoba" and the reverse). */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const words = (s: string) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** One style, prepared once per snapshot so each keystroke only compares strings. */
export type SearchEntry = {
  style: SnapStyle;
  name: string[];
  brand: string[];
  colours: { folded: string[]; name: string }[];
  /** code, SKUs and barcodes, folded */
  codes: string[];
  variants: SnapVariant[];
};

export function buildSearchIndex(styles: readonly SnapStyle[], variants: readonly SnapVariant[]): SearchEntry[] {
  const byStyle = new Map<number, SnapVariant[]>();
  for (const v of variants) {
    const list = byStyle.get(v.styleId);
    if (list) list.push(v);
    else byStyle.set(v.styleId, [v]);
  }
  return styles.map((style) => {
    const vs = byStyle.get(style.id) ?? [];
    return {
      style,
      name: words(style.name),
      brand: words(style.brand),
      colours: style.colours.map((c) => ({ folded: words(c.name), name: c.name })),
      codes: [fold(style.code), ...vs.flatMap((v) => [fold(v.sku), v.ean])],
      variants: vs,
    };
  });
}

export type SearchMatch = {
  style: SnapStyle;
  score: number;
  /** The colour the words named ("aria black"), so the style opens on it. */
  colour?: string;
  /** A variant named exactly by SKU or barcode. */
  variant?: SnapVariant;
};

const wordScore = (list: readonly string[], token: string, exact: number, prefix: number, inside: number) => {
  let best = 0;
  for (const w of list) {
    if (w === token) return exact;
    if (w.startsWith(token)) best = Math.max(best, prefix);
    else if (inside && w.includes(token)) best = Math.max(best, inside);
  }
  return best;
};

function scoreEntry(e: SearchEntry, tokens: readonly string[], whole: string): SearchMatch | null {
  const exact = e.variants.find((v) => v.ean === whole || fold(v.sku) === whole);
  if (exact) return { style: e.style, score: 1000, variant: exact, colour: exact.colour };
  let score = fold(e.style.code) === whole ? 900 : 0;
  let colour: string | undefined;
  for (const t of tokens) {
    const name = wordScore(e.name, t, 40, 30, 8);
    const brand = wordScore(e.brand, t, 25, 20, 5);
    let col = 0;
    for (const c of e.colours) {
      const s = wordScore(c.folded, t, 20, 15, 0);
      if (s > col) [col, colour] = [s, c.name];
    }
    const code = e.codes.some((c) => c.includes(t)) ? 10 : 0;
    const best = Math.max(name, brand, col, code);
    if (best === 0) return null;
    score += best;
  }
  // The first word of the name counts most: "aria" ranks "Aria Leather Ankle Boot" above "Ariadne ...".
  if (tokens[0] && e.name[0]?.startsWith(tokens[0])) score += 5;
  return { style: e.style, score, colour };
}

/** Every word must match (name, brand, colour, or part of a code/SKU/barcode); best match first. */
export function searchIndex(index: readonly SearchEntry[], query: string, limit = 20): SearchMatch[] {
  const whole = fold(query.trim());
  const tokens = words(query);
  if (!tokens.length) return [];
  const out: SearchMatch[] = [];
  for (const e of index) {
    const m = scoreEntry(e, tokens, whole);
    if (m) out.push(m);
  }
  return out.sort((a, b) => b.score - a.score || a.style.name.localeCompare(b.style.name)).slice(0, limit);
}
