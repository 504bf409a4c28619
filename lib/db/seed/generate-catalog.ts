import type { StyleFields } from "@/lib/domain/catalog/types";
import { BRANDS } from "./data/brands";
import { categoryByKey, type Category, type Group, type Season, type SizeKind, type Taste } from "./data/categories";
import { colourByName, type Colour } from "./data/colours";
import { CLOSERS, OPENERS, SOLES } from "./data/words";
import { STORY_SPECS } from "./demo-story";
import { ean13 } from "./ean";
import { rngFor, type Rng } from "./prng";
import { sizeRun } from "./size-runs";
import { randomSpec, specName, type StyleSpec } from "./style-spec";

export type StyleRow = StyleFields;

export type VariantRow = {
  id: number;
  styleId: number;
  sku: string;
  ean: string;
  colour: string;
  colourHex: string;
  size: string;
  sizeOrder: number;
  priceCents: number;
};

/** A style plus what stock and history generation need: variant id = firstVariantId + colour * sizes + size. */
export type StyleSeed = StyleRow & {
  index: number;
  taste: Taste;
  group: Group;
  sizeKind: SizeKind;
  season: Season;
  /** Hidden appeal: some styles simply sell better. */
  popularity: number;
  colours: Colour[];
  sizes: string[];
  firstVariantId: number;
};

export type Catalog = { styles: StyleSeed[]; variants: VariantRow[] };

const TASTE_WORD: Record<Taste, string> = { classic: "classic", sporty: "sporty", trend: "contemporary", outdoor: "rugged", office: "refined" };
const OCCASION: Record<Taste, string> = { classic: "everyday", sporty: "sport", trend: "going-out", outdoor: "outdoor", office: "work" };
const GENDER: Record<string, string> = { women: "female", men: "male", kids: "unisex", unisex: "unisex" };

function heelFor(rng: Rng, category: string): string {
  if (category === "heels") return rng.chance(0.6) ? "high" : "mid";
  if (category === "ankle-boots") return rng.weighted(["flat", "mid", "high"], [4, 4, 2]);
  if (category === "boots" || category === "sandals") return rng.weighted(["flat", "mid", "high"], [6, 3, 1]);
  return "flat";
}

function attributesFor(rng: Rng, spec: StyleSpec, category: Category): Record<string, string> {
  const common = { occasion: OCCASION[spec.taste], style: spec.taste, season: category.season };
  if (category.group === "FW") {
    return { last: rng.weighted(["narrow", "regular", "wide"], [2, 6, 2]), heel: heelFor(rng, spec.category), ...common };
  }
  if (category.group === "AP") return { fit: rng.weighted(["slim", "regular", "relaxed"], [3, 5, 2]), ...common };
  return common;
}

function fill(template: string, vars: Record<string, string>): string {
  const out = template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? k);
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function describe(rng: Rng, spec: StyleSpec, category: Category, materials: string, attrs: Record<string, string>): string {
  const vars = {
    adj: spec.adjective.toLowerCase(),
    noun: category.noun.toLowerCase(),
    material: (materials.split(",")[0] ?? materials).toLowerCase().replace(/ upper$/, ""),
    last: attrs.last ?? "regular",
    fit: attrs.fit ?? "regular",
    brand: spec.brand,
    model: spec.model,
    // Describe the sole the materials list names, if it names one.
    sole: materials.split(", ").find((m) => m.endsWith(" sole")) ?? rng.pick(SOLES),
    style: TASTE_WORD[spec.taste],
  };
  return `${fill(rng.pick(OPENERS[category.group] ?? []), vars)} ${rng.pick(CLOSERS[spec.taste] ?? [])}`;
}

/** The catalogue: the story styles in slots 0 and 1, then random ones; ids, codes and EANs follow slot order. */
export function generateCatalog(seed: number, count: number): Catalog {
  const styles: StyleSeed[] = [];
  const variants: VariantRow[] = [];
  const usedNames = new Set<string>(STORY_SPECS.map((s) => `${s.model}|${s.adjective}|${s.category}`));
  const brandItems = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const spec = STORY_SPECS[i] ?? randomSpec(seed, i, usedNames);
    usedNames.add(`${spec.model}|${spec.adjective}|${spec.category}`);
    const category = categoryByKey(spec.category);
    const rng = rngFor(seed, "style-copy", i);
    const id = i + 1;
    const code = `${category.group}-${category.code}-${String(id).padStart(4, "0")}`;
    // "Suede Loafer" should not be described as calf leather.
    const matching = category.materials.filter((m) => m.toLowerCase().includes(spec.adjective.toLowerCase()));
    const materials = rng.pick(matching.length > 0 ? matching : category.materials);
    const attributes = attributesFor(rng, spec, category);
    const colours = spec.colours.map(colourByName);
    const sizes = sizeRun(category.sizeKind, spec.department);
    const brand = BRANDS.find((b) => b.name === spec.brand);
    if (!brand) throw new Error(`unknown brand ${spec.brand}`);
    const style: StyleSeed = {
      id,
      code,
      name: specName(spec, category),
      brand: spec.brand,
      category: spec.category,
      department: spec.department,
      gender: GENDER[spec.department] ?? "unisex",
      description: describe(rng, spec, category, materials, attributes),
      materials,
      priceCents: spec.priceCents,
      attributes,
      index: i,
      taste: spec.taste,
      group: category.group,
      sizeKind: category.sizeKind,
      season: category.season,
      popularity: Math.exp(rng.normal(0, 0.6)),
      colours,
      sizes,
      firstVariantId: variants.length + 1,
    };
    styles.push(style);
    for (const colour of colours) {
      sizes.forEach((size, sizeOrder) => {
        const item = brandItems.get(brand.name) ?? 0;
        brandItems.set(brand.name, item + 1);
        variants.push({
          id: variants.length + 1,
          styleId: id,
          sku: `${code}-${colour.code}-${size}`,
          ean: ean13(brand.gs1, item + 1),
          colour: colour.name,
          colourHex: colour.hex,
          size,
          sizeOrder,
          priceCents: spec.priceCents,
        });
      });
    }
  }
  return { styles, variants };
}

export function variantIdOf(style: StyleSeed, colourIndex: number, sizeIndex: number): number {
  return style.firstVariantId + colourIndex * style.sizes.length + sizeIndex;
}
