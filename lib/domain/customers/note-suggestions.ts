import type { CustomerPreferences, CustomerSizes } from "@/lib/db/schema/customers";

export type NoteSuggestionField =
  | "sizes.shoe"
  | "sizes.tops"
  | "sizes.bottoms"
  | "preferences.colours"
  | "preferences.brands"
  | "preferences.fit"
  | "preferences.avoid";

/** A structured update read out of a note, for the associate to accept in one tap. `evidence` is the words it came from. */
export type NoteSuggestion = { field: NoteSuggestionField; value: string; label: string; evidence: string };

type Folded = { text: string; at: number[] };

/** Lower-case, accent-free copy of the note, remembering where each character came from to quote the original. */
function fold(raw: string): Folded {
  let text = "";
  const at: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const f = raw[i]!.normalize("NFD").replace(/\p{M}/gu, "").replace(/[\u2018\u2019]/g, "'").toLowerCase();
    for (const ch of f) {
      text += ch;
      at.push(i);
    }
  }
  return { text, at };
}

function quote(raw: string, f: Folded, start: number, end: number): string {
  const from = f.at[start] ?? 0;
  const to = (f.at[Math.max(start, end - 1)] ?? raw.length - 1) + 1;
  return raw.slice(from, to).trim();
}

const LETTER = String.raw`(?:xxxl|xxl|xl|[2-4]xl|xxs|xs|s|m|l)`;
const NUMBER = String.raw`(?:[1-5]\d(?:[.,]5)?)`;
const VALUE = String.raw`(${NUMBER}|${LETTER})(?![\w.,]\d|\w)`;
const SHOES = String.raw`shoes?|footwear|zapatos?|zapatillas?|trainers|sneakers|boots?|botas?|botines|sandals?|sandalias|heels|calzado|feet|pie`;
const TOPS = String.raw`tops?|shirts?|t-?shirts?|tees?|camisas?|camisetas?|jackets?|chaquetas?|jerseys?|sweaters?|jumpers?|hoodies?|blouses?|blusas?|dress(?:es)?|vestidos?|knitwear|polos?|coats?|abrigos?`;
const BOTTOMS = String.raw`bottoms?|trousers|pants|jeans|vaqueros|pantalon(?:es)?|chinos|shorts|skirts?|faldas?|waist|cintura`;
const GARMENT = String.raw`(${SHOES}|${TOPS}|${BOTTOMS})`;
const PREP = String.raw`\s+(?:in|en|for|de|para)\s+(?:the\s+|her\s+|his\s+|los\s+|las\s+|el\s+|la\s+)?`;
const SIZE_CUE = String.raw`(?:size|sz|talla|numero|takes(?:\s+a)?|wears(?:\s+a)?|usa(?:\s+(?:la|una|un))?|lleva(?:\s+(?:la|una|un))?|calza(?:\s+un)?)`;

type SizeKind = "shoe" | "tops" | "bottoms";

function garmentKind(word: string | undefined): SizeKind | null {
  if (!word) return null;
  if (new RegExp(`^(?:${SHOES})$`).test(word)) return "shoe";
  if (new RegExp(`^(?:${BOTTOMS})$`).test(word)) return "bottoms";
  if (new RegExp(`^(?:${TOPS})$`).test(word)) return "tops";
  return null;
}

/** Without a garment named, a number in the EU shoe range is a shoe size and a letter is a top size. */
function sizeKind(value: string, garment: string | undefined): SizeKind | null {
  const named = garmentKind(garment);
  if (named) return named;
  if (/^\d/.test(value)) {
    const n = Number(value.replace(",", "."));
    return n >= 30 && n <= 50 ? "shoe" : null;
  }
  return "tops";
}

const SIZE_PATTERNS: { re: RegExp; value: number; garment: number }[] = [
  // "size 38", "talla 38", "wears M", "takes a 38 in boots", "size 40 in jeans"
  { re: new RegExp(String.raw`\b${SIZE_CUE}\s+(?:size\s+|talla\s+)?${VALUE}(?:${PREP}${GARMENT}\b)?`, "g"), value: 1, garment: 2 },
  // "38 in shoes", "M in tops"
  { re: new RegExp(String.raw`\b${VALUE}${PREP}${GARMENT}\b`, "g"), value: 1, garment: 2 },
  // "shoe size 38", "jeans: 32", "tops M", "waist 32"
  { re: new RegExp(String.raw`\b${GARMENT}\b\s*(?:size|talla)?\s*[:=]?\s*${VALUE}`, "g"), value: 2, garment: 1 },
];

const COLOURS: [RegExp, string][] = [
  [/navy(?: blue)?|azul marino|marino/, "Navy"],
  [/light wash/, "Light Wash"],
  [/black|negr[oa]s?/, "Black"],
  [/white|blanc[oa]s?/, "White"],
  [/gr[ae]y|gris(?:es)?/, "Grey"],
  [/blue|azul(?:es)?/, "Blue"],
  [/burgundy|granate|burdeos/, "Burgundy"],
  [/red|roj[oa]s?/, "Red"],
  [/pink|rosa/, "Pink"],
  [/green|verdes?/, "Green"],
  [/olive|oliva/, "Olive"],
  [/khaki|caqui/, "Khaki"],
  [/beige/, "Beige"],
  [/cream|crema/, "Cream"],
  [/tan|camel/, "Tan"],
  [/cognac|con?ac/, "Cognac"],
  [/brown|marron(?:es)?/, "Brown"],
  [/yellow|amarill[oa]s?/, "Yellow"],
  [/silver|platead[oa]s?|plata/, "Silver"],
  [/gold|dorad[oa]s?/, "Gold"],
  [/indigo/, "Indigo"],
  [/orange|naranja/, "Orange"],
  [/purple|morad[oa]s?|lila/, "Purple"],
];

const MATERIALS: [RegExp, string][] = [
  [/high heels|tacones altos/, "high heels"],
  [/leather|piel|cuero/, "leather"],
  [/suede|ante/, "suede"],
  [/wool|lana/, "wool"],
  [/fur|pelo/, "fur"],
  [/synthetics?|sinteticos?/, "synthetics"],
  [/plastic|plastico/, "plastic"],
  [/patent|charol/, "patent leather"],
  [/heels|tacones?/, "heels"],
  [/laces|cordones/, "laces"],
  [/velcro/, "velcro"],
  [/platforms?|plataformas?/, "platforms"],
];

const FIT: [RegExp, string][] = [
  [/\b(?:wide|broad)\s+(?:fit|feet|foot|toe box|toes|last|fitting)\b|\bhorma ancha\b|\bpies? anchos?\b/g, "wide"],
  [/\bnarrow\s+(?:fit|feet|foot|heels?|last|fitting)\b|\bhorma estrecha\b|\bpies? estrechos?\b/g, "narrow"],
  [/\b(?:slim|skinny)\s+fit\b|\bentallad[oa]\b/g, "slim"],
  [/\bregular\s+fit\b/g, "regular"],
  [/\b(?:relaxed|loose|baggy|oversized?)\s+fit\b|\bholgad[oa]\b/g, "relaxed"],
  [/\broomy\s+toe\s*box\b/g, "roomy toe box"],
];

const LIKE_CUE = /\b(?:loves?|likes?|prefers?|adores?|favou?rite(?: colou?r)?(?: is)?|fan of|into|always buys|le gusta(?:n)?(?: el| la| lo)?|le encanta(?:n)?(?: el| la| lo)?|prefiere)\b/g;
const NEGATION_CUE = String.raw`(?:\bno\b|\bnot\b|\w*n't\b|\bnever\b|\bdislikes?\b|\bhates?\b|\bavoids?\b|\bwithout\b|\ballergic to\b|\bsin\b|\bnada de\b|\bnunca\b|\bodia\b)[\w\s']{0,12}$`;
const NEGATION = new RegExp(NEGATION_CUE);

function clauseAfter(text: string, from: number): { start: number; end: number } {
  const rest = text.slice(from);
  const stop = rest.search(/[.;!?\n]|\bbut\b|\bpero\b/);
  const end = from + (stop === -1 ? Math.min(rest.length, 60) : Math.min(stop, 60));
  return { start: from, end };
}

function negatedBefore(text: string, index: number): boolean {
  return NEGATION.test(text.slice(Math.max(0, index - 24), index));
}

const wordAt = (text: string, re: RegExp, from: number, to: number) => {
  const g = new RegExp(`\\b(?:${re.source})\\b`, "g");
  g.lastIndex = from;
  const out: { index: number; end: number }[] = [];
  for (let m = g.exec(text); m && m.index < to; m = g.exec(text)) {
    if (m.index + m[0].length <= to) out.push({ index: m.index, end: m.index + m[0].length });
  }
  return out;
};

const LABEL: Record<NoteSuggestionField, (v: string) => string> = {
  "sizes.shoe": (v) => `Shoe size ${v}`,
  "sizes.tops": (v) => `Tops size ${v}`,
  "sizes.bottoms": (v) => `Bottoms size ${v}`,
  "preferences.colours": (v) => `Likes ${v}`,
  "preferences.brands": (v) => `Likes ${v}`,
  "preferences.fit": (v) => `Fit: ${v}`,
  "preferences.avoid": (v) => `Avoid ${v}`,
};

/**
 * Reads sizes and preferences out of an associate's note ("size 38", "talla 38", "38 in shoes", "wears M",
 * "likes wide fit", "no leather", "loves blue"), English or Spanish, and proposes them as structured fields.
 * Conservative on purpose: a wrong suggestion costs the associate a tap to dismiss, so colours and brands count
 * only after a liking word, materials only after a negation.
 */
export function suggestFieldsFromNote(raw: string, opts: { brands?: readonly string[] } = {}): NoteSuggestion[] {
  const f = fold(raw);
  const text = f.text;
  const out: NoteSuggestion[] = [];
  const add = (field: NoteSuggestionField, value: string, start: number, end: number) => {
    if (out.some((s) => s.field === field && s.value.toLowerCase() === value.toLowerCase())) return;
    out.push({ field, value, label: LABEL[field](value), evidence: quote(raw, f, start, end) });
  };

  const sizeSeen = new Set<SizeKind>();
  for (const p of SIZE_PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const value = m[p.value];
      if (!value) continue;
      const kind = sizeKind(value, m[p.garment]);
      // The first size stated for a garment wins; a later one is usually about someone else ("her son wears 32").
      if (!kind || sizeSeen.has(kind)) continue;
      sizeSeen.add(kind);
      const shown = /^\d/.test(value) ? value.replace(",", ".") : value.toUpperCase();
      add(`sizes.${kind}`, shown, m.index, m.index + m[0].length);
    }
  }

  for (const [re, value] of FIT) {
    for (const m of text.matchAll(re)) {
      const field = negatedBefore(text, m.index) ? "preferences.avoid" : "preferences.fit";
      add(field, field === "preferences.avoid" ? `${value} fit` : value, m.index, m.index + m[0].length);
    }
  }

  for (const cue of text.matchAll(LIKE_CUE)) {
    if (negatedBefore(text, cue.index)) continue;
    const { start, end } = clauseAfter(text, cue.index + cue[0].length);
    // "azul marino" is Navy, not Navy and Blue: a longer colour name claims its words first.
    const taken: { index: number; end: number }[] = [];
    for (const [re, colour] of COLOURS) {
      for (const w of wordAt(text, re, start, end)) {
        if (taken.some((t) => w.index < t.end && t.index < w.end)) continue;
        taken.push(w);
        add("preferences.colours", colour, cue.index, w.end);
      }
    }
    for (const brand of opts.brands ?? []) {
      const key = fold(brand).text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      for (const w of wordAt(text, new RegExp(key), start, end)) add("preferences.brands", brand, cue.index, w.end);
    }
  }

  const avoided = new Set<string>();
  for (const [re, material] of MATERIALS) {
    for (const w of wordAt(text, re, 0, text.length)) {
      if (!negatedBefore(text, w.index) || avoided.has(material)) continue;
      // "no high heels" must not also suggest "heels".
      if (material === "heels" && avoided.has("high heels")) continue;
      avoided.add(material);
      const windowStart = Math.max(0, w.index - 24);
      const cueStart = windowStart + Math.max(0, text.slice(windowStart, w.index).search(NEGATION));
      add("preferences.avoid", material, cueStart, w.end);
    }
  }
  if (/\bvegan[oa]?\b/.test(text) && !avoided.has("leather")) {
    const i = text.search(/\bvegan/);
    add("preferences.avoid", "leather", i, i + 5);
  }
  return out;
}

export type SuggestionPatch = { sizes?: Partial<CustomerSizes>; preferences?: CustomerPreferences };

/**
 * The profile update that accepting `suggestions` makes: sizes are set, preference lists gain the new values.
 * Suggestions the profile already reflects are left out; null when nothing would change.
 */
export function suggestionsToPatch(
  suggestions: readonly NoteSuggestion[],
  current: { sizes: CustomerSizes; preferences: CustomerPreferences },
): SuggestionPatch | null {
  const sizes: Partial<CustomerSizes> = {};
  const preferences: CustomerPreferences = {};
  for (const s of suggestions) {
    const [group, key] = s.field.split(".") as ["sizes", keyof CustomerSizes] | ["preferences", keyof CustomerPreferences];
    if (group === "sizes") {
      const k = key as keyof CustomerSizes;
      if (current.sizes[k] !== s.value) sizes[k] = s.value;
    } else {
      const k = key as keyof CustomerPreferences;
      const list = preferences[k] ?? [...(current.preferences[k] ?? [])];
      if (!list.some((v) => v.toLowerCase() === s.value.toLowerCase())) {
        list.push(s.value);
        preferences[k] = list;
      }
    }
  }
  const patch: SuggestionPatch = {};
  if (Object.keys(sizes).length) patch.sizes = sizes;
  if (Object.keys(preferences).length) patch.preferences = preferences;
  return Object.keys(patch).length ? patch : null;
}

/** The suggestions that would still change the profile (the ones worth offering). */
export function pendingSuggestions(
  suggestions: readonly NoteSuggestion[],
  current: { sizes: CustomerSizes; preferences: CustomerPreferences },
): NoteSuggestion[] {
  return suggestions.filter((s) => suggestionsToPatch([s], current) !== null);
}
