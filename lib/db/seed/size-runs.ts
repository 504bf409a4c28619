import type { Department, SizeKind } from "./data/categories";
import type { Rng } from "./prng";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const KIDS_AGES = ["4Y", "6Y", "8Y", "10Y", "12Y", "14Y"];
const TOPS = ["XS", "S", "M", "L", "XL", "XXL"];

/** The sizes a style is made in; sizeOrder is the index in this list. */
export function sizeRun(kind: SizeKind, department: Department): string[] {
  const kids = department === "kids";
  switch (kind) {
    case "shoe":
      if (kids) return range(28, 35);
      if (department === "women") return range(35, 42);
      if (department === "men") return range(39, 46);
      return range(36, 46);
    case "tops":
      return kids ? KIDS_AGES : TOPS;
    case "bottoms":
      // Women's waists run smaller than men's; both in inches as on the label.
      if (kids) return KIDS_AGES;
      return department === "women" ? range(24, 32) : ["28", "29", "30", "31", "32", "33", "34", "36", "38"];
    case "socks":
      return kids ? ["27-30", "31-34"] : ["35-38", "39-42", "43-46"];
    case "belt":
      return ["S", "M", "L", "XL"];
    case "one":
      return ["OS"];
  }
}

/** Demand share of each size in a run: a bell around the middle, so the middle sells (and sells out) most. */
export function sizeCurve(run: readonly string[]): number[] {
  const n = run.length;
  if (n === 1) return [1];
  const centre = (n - 1) / 2;
  const width = Math.max(1, n / 4);
  const raw = run.map((_, i) => Math.exp(-(((i - centre) / width) ** 2) / 2));
  const max = Math.max(...raw);
  return raw.map((w) => w / max);
}

export type Gender = "female" | "male";
export type PersonSizes = { shoe: string; tops: string; bottoms: string };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A person's sizes, drawn once and kept for life: purchases always use these. */
export function drawSizes(rng: Rng, gender: Gender): PersonSizes {
  const female = gender === "female";
  const shoe = Math.round(clamp(rng.normal(female ? 38 : 42.5, female ? 1.3 : 1.4), female ? 35 : 39, female ? 42 : 46));
  const tops = rng.weighted(TOPS, female ? [12, 30, 32, 18, 6, 2] : [2, 12, 30, 32, 17, 7]);
  const bottoms = female
    ? String(Math.round(clamp(rng.normal(27.5, 1.8), 24, 32)))
    : rng.weighted(["28", "29", "30", "31", "32", "33", "34", "36", "38"], [3, 5, 12, 16, 20, 16, 14, 9, 5]);
  return { shoe: String(shoe), tops, bottoms };
}

/** A child's sizes (for parents' purchases); children are not stored as customers. */
export function drawKidSizes(rng: Rng): PersonSizes {
  const age = rng.int(0, KIDS_AGES.length - 1);
  return { shoe: String(28 + Math.min(7, age + rng.int(0, 2))), tops: KIDS_AGES[age] ?? "8Y", bottoms: KIDS_AGES[age] ?? "8Y" };
}

/** The size this person takes in a given run, or null when the run does not include it. */
export function sizeFor(person: PersonSizes, kind: SizeKind, run: readonly string[]): string | null {
  let want: string;
  switch (kind) {
    case "shoe":
      want = person.shoe;
      break;
    case "tops":
      want = person.tops;
      break;
    case "bottoms":
      want = person.bottoms;
      break;
    case "socks": {
      const s = Number(person.shoe);
      want = run.find((band) => {
        const [lo, hi] = band.split("-").map(Number);
        return lo !== undefined && hi !== undefined && s >= lo && s <= hi;
      }) ?? "";
      break;
    }
    case "belt": {
      const w = Number(person.bottoms);
      want = Number.isNaN(w) ? "S" : w <= 26 ? "S" : w <= 30 ? "M" : w <= 34 ? "L" : "XL";
      break;
    }
    case "one":
      want = "OS";
      break;
  }
  return run.includes(want) ? want : null;
}
