import { CATEGORIES, type Season, type Taste } from "./data/categories";

/**
 * The structure hidden in the purchase history, for recommenders to find: customers keep a taste,
 * favourite brands and colours; some categories are bought together; seasons move what sells.
 */
export const TASTE_SHARE: Record<Taste, number> = { classic: 25, sporty: 25, trend: 20, outdoor: 15, office: 15 };

/** How likely a purchase of each category is for a taste (before season). Accessories are mostly add-ons. */
export function categoryWeight(taste: Taste, key: string): number {
  const c = CATEGORIES.find((x) => x.key === key);
  if (!c) return 0;
  const affinity = c.tastes[taste] ?? 0.03;
  return affinity * c.share * (c.group === "AC" ? 0.35 : 1);
}

/** Basket add-ons: after buying the key category, each listed category joins the basket with that chance. */
export const COMPLEMENTS: Record<string, [string, number][]> = {
  boots: [["socks", 0.35], ["jackets", 0.15], ["belts", 0.1]],
  "ankle-boots": [["socks", 0.2], ["jeans", 0.2], ["belts", 0.15]],
  hiking: [["socks", 0.5], ["jackets", 0.25]],
  running: [["sports-tops", 0.5], ["socks", 0.35]],
  sneakers: [["t-shirts", 0.3], ["hoodies", 0.15], ["socks", 0.15]],
  jeans: [["t-shirts", 0.45], ["belts", 0.25]],
  chinos: [["shirts", 0.45], ["belts", 0.2]],
  "dress-shoes": [["belts", 0.3], ["shirts", 0.2], ["socks", 0.2]],
  loafers: [["chinos", 0.25], ["belts", 0.15]],
  dresses: [["heels", 0.25], ["sandals", 0.25], ["bags", 0.2]],
  heels: [["bags", 0.3], ["dresses", 0.2]],
  sandals: [["shorts", 0.2], ["dresses", 0.15], ["t-shirts", 0.1]],
  jackets: [["knitwear", 0.2], ["jeans", 0.15]],
  knitwear: [["chinos", 0.15], ["shirts", 0.15]],
  shorts: [["t-shirts", 0.35], ["sandals", 0.2]],
  "sports-tops": [["shorts", 0.3], ["socks", 0.2]],
  shirts: [["chinos", 0.2]],
  "t-shirts": [["jeans", 0.15]],
  hoodies: [["t-shirts", 0.2]],
};

/** Demand by month (January first) for seasonal categories: sandals in summer, boots in winter. */
export const SEASON_FACTOR: Record<Season, number[]> = {
  summer: [0.3, 0.3, 0.6, 1.0, 1.6, 2.2, 2.4, 1.8, 1.0, 0.5, 0.3, 0.3],
  winter: [1.8, 1.4, 0.9, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 1.5, 2.0, 2.0],
  all: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
};

/** Trading volume by month: January and July sales, Black Friday and Christmas. */
export const MONTH_VOLUME = [1.4, 0.8, 0.9, 1.0, 1.0, 1.1, 1.3, 0.8, 0.9, 1.0, 1.3, 1.5];

/** Trading volume by weekday, Sunday first. */
export const WEEKDAY_VOLUME = [0.5, 0.8, 0.8, 0.9, 1.0, 1.2, 1.5];

/** Spanish sales seasons (rebajas): 7 Jan - end Feb and July - August. */
export function inSalePeriod(month: number, day: number): boolean {
  return (month === 0 && day >= 7) || month === 1 || month === 6 || month === 7;
}
