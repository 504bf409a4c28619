import { BRANDS, type Brand } from "./data/brands";
import { CATEGORIES, type Category, type Department, type Taste } from "./data/categories";
import { TASTE_PALETTES } from "./data/colours";
import { MODEL_NAMES } from "./data/words";
import { rngFor, type Rng } from "./prng";

/** What a style is before it is written up: everything else (copy, attributes, variants) follows from it. */
export type StyleSpec = {
  category: string;
  department: Department;
  taste: Taste;
  brand: string;
  model: string;
  adjective: string;
  colours: string[];
  priceCents: number;
};

function weightedKey<K extends string>(rng: Rng, weights: Partial<Record<K, number>>): K {
  const keys = Object.keys(weights) as K[];
  return rng.weighted(keys, keys.map((k) => weights[k] ?? 0));
}

function pickBrand(rng: Rng, category: Category, department: Department, taste: Taste): Brand {
  const fits = BRANDS.filter((b) => b.groups.includes(category.group));
  const kids = fits.filter((b) => b.kids);
  if (department === "kids" && kids.length > 0) return rng.pick(kids);
  const byTaste = fits.filter((b) => b.tastes.includes(taste) && b.name !== "Pequeños Pasos");
  return rng.pick(byTaste.length > 0 ? byTaste : fits);
}

/** Shelf prices end in ,95 like most Spanish high-street tags. */
export function shelfPrice(rng: Rng, [lo, hi]: [number, number], factor = 1): number {
  const euros = (lo + rng.next() ** 1.3 * (hi - lo)) * factor;
  return Math.max(5, Math.round(euros / 5) * 5) * 100 - 5;
}

/** A random style for catalogue slot `index`; the same slot gives the same style at any catalogue size. */
export function randomSpec(seed: number, index: number, usedNames: Set<string>): StyleSpec {
  const rng = rngFor(seed, "style", index);
  const category = rng.weighted(CATEGORIES, CATEGORIES.map((c) => c.share));
  const department = weightedKey(rng, category.departments);
  const taste = weightedKey(rng, category.tastes);
  const brand = pickBrand(rng, category, department, taste);
  const adjective = rng.pick(category.adjectives);
  let model = rng.pick(MODEL_NAMES);
  // Names stay unique so search results and the floor conversation never confuse two styles.
  for (let tries = 0; usedNames.has(`${model}|${adjective}|${category.key}`) && tries < 20; tries++) model = rng.pick(MODEL_NAMES);
  if (usedNames.has(`${model}|${adjective}|${category.key}`)) model = `${model} ${index}`;
  const palette = category.colours ?? TASTE_PALETTES[department === "kids" ? "trend" : taste];
  const nColours = rng.weighted([2, 3, 4], [50, 35, 15]);
  return {
    category: category.key,
    department,
    taste,
    brand: brand.name,
    model,
    adjective,
    colours: rng.sample(palette, nColours),
    priceCents: shelfPrice(rng, category.price, department === "kids" ? 0.6 : 1),
  };
}

export function specName(spec: StyleSpec, category: Category): string {
  return `${spec.model} ${spec.adjective} ${category.noun}`;
}
