import { CATEGORIES, type Taste } from "./data/categories";
import type { StyleSeed } from "./generate-catalog";
import type { CustomerProfile } from "./generate-customers";
import { brandKey, candidatesKey, pickCandidate, type DeptGroup, type HistoryContext } from "./history-context";
import type { Rng } from "./prng";
import { sizeFor, type PersonSizes } from "./size-runs";
import { COMPLEMENTS, SEASON_FACTOR, categoryWeight, inSalePeriod } from "./tastes";
import { hhmmToMinutes, localToUtc } from "./time";

export type SaleRow = {
  id: string;
  channel: "store" | "online";
  storeId: number | null;
  customerId: string;
  userId: string | null;
  totalCents: number;
  at: string;
};

export type SaleLineRow = { saleId: string; variantId: number; styleId: number; qty: number; unitPriceCents: number };

export type History = { sales: SaleRow[]; lines: SaleLineRow[] };

function poisson(rng: Rng, lambda: number): number {
  if (lambda > 30) return Math.max(0, Math.round(rng.normal(lambda, Math.sqrt(lambda))));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

/** Expected purchases over the whole history: ~8 over two years, fewer for shorter histories. */
function meanPurchases(historyDays: number): number {
  return 8 * Math.sqrt(Math.min(1, historyDays / 730));
}

function purchaseDays(ctx: HistoryContext, p: CustomerProfile): number[] {
  const { rng } = p;
  const h = ctx.days.length;
  const join = Math.min(h - 1, Math.floor(h * rng.next() ** 1.3));
  // Joins skew early (mean tenure ~57% of the window); the rate is scaled so the overall mean holds.
  const lambda = ((meanPurchases(h) - 1) / 0.565) * p.activity * ((h - join) / h);
  const n = 1 + Math.min(60, poisson(rng, lambda));
  const days = [join];
  for (let tries = 0; days.length < n && tries < n * 20; tries++) {
    const d = join + Math.floor(rng.next() * (h - join));
    if (rng.next() * ctx.maxDayWeight < (ctx.days[d]?.weight ?? 0)) days.push(d);
  }
  return days.sort((a, b) => a - b);
}

function pickCategory(rng: Rng, ctx: HistoryContext, taste: Taste, group: DeptGroup, month: number): string | undefined {
  const keys: string[] = [];
  const weights: number[] = [];
  for (const c of CATEGORIES) {
    if (!ctx.lists.has(candidatesKey(c.key, group, taste))) continue;
    keys.push(c.key);
    weights.push(categoryWeight(taste, c.key) * (SEASON_FACTOR[c.season][month] ?? 1));
  }
  return keys.length === 0 ? undefined : rng.weighted(keys, weights);
}

function pickStyle(rng: Rng, ctx: HistoryContext, p: CustomerProfile, category: string, group: DeptGroup, taste: Taste, person: PersonSizes, taken: Set<number>): StyleSeed | undefined {
  const general = ctx.lists.get(candidatesKey(category, group, taste));
  for (let tries = 0; tries < 6 && general; tries++) {
    // Loyal to their brands about half the time, when the brand makes the category.
    const brand = rng.chance(0.45) ? ctx.brandLists.get(brandKey(category, group, rng.pick(p.favBrands))) : undefined;
    const style = pickCandidate(rng, brand ?? general);
    if (!style || taken.has(style.id)) continue;
    if (sizeFor(person, style.sizeKind, style.sizes) === null) continue;
    if (group !== "kids" && p.wideFeet && style.attributes.last === "narrow") continue;
    return style;
  }
  return undefined;
}

function pickColour(rng: Rng, style: StyleSeed, p: CustomerProfile): number {
  return rng.weightedIndex(style.colours.map((c) => (p.favColours.includes(c.name) ? 4 : 1)));
}

function unitPrice(rng: Rng, price: number, month: number, dom: number): number {
  if (!inSalePeriod(month, dom) || !rng.chance(0.55)) return price;
  const discounted = (price * (1 - rng.pick([0.2, 0.3, 0.4]))) / 100;
  return Math.max(95, Math.round(discounted) * 100 - 5);
}

function saleTime(rng: Rng, ctx: HistoryContext, storeIndex: number | null, day: number, homeTz: string): number | null {
  const d = ctx.days[day];
  if (!d) return null;
  if (storeIndex === null) return localToUtc(homeTz, d.ms, rng.int(8 * 60, 23 * 60 + 30));
  const store = ctx.stores[storeIndex];
  const spans = store?.openingHours[String(d.weekday) as "0"] ?? [];
  if (!store || spans.length === 0) return null;
  const [open, close] = rng.pick(spans);
  return localToUtc(store.timezone, d.ms, rng.int(hhmmToMinutes(open), Math.max(hhmmToMinutes(open), hhmmToMinutes(close) - 10)));
}

function chooseStore(rng: Rng, ctx: HistoryContext, p: CustomerProfile): number | null {
  const online = p.taste === "sporty" || p.taste === "trend" ? 0.38 : 0.24;
  if (rng.chance(online)) return null;
  const r = rng.next();
  if (r < 0.8) return p.homeIndex;
  const near = ctx.nearest[p.homeIndex] ?? [];
  if (r < 0.95 && near.length > 0) return rng.pick(near.slice(0, 2));
  return rng.int(0, ctx.stores.length - 1);
}

/** A customer's purchases across channels, oldest first. */
export function generateHistory(ctx: HistoryContext, p: CustomerProfile): History {
  const { rng } = p;
  const sales: SaleRow[] = [];
  const lines: SaleLineRow[] = [];
  const homeTz = ctx.stores[p.homeIndex]?.timezone ?? "Europe/Madrid";
  for (const day of purchaseDays(ctx, p)) {
    const d = ctx.days[day];
    if (!d) continue;
    let storeIndex = chooseStore(rng, ctx, p);
    let at = saleTime(rng, ctx, storeIndex, day, homeTz);
    if (at === null) {
      // The store was closed that day (Sunday, say): the customer bought online instead.
      storeIndex = null;
      at = saleTime(rng, ctx, null, day, homeTz);
    }
    if (at === null) continue;
    const forKid = p.kid !== null && rng.chance(0.15);
    const group: DeptGroup = forKid ? "kids" : p.gender;
    const person = forKid && p.kid ? p.kid : p.sizes;
    const taste = rng.chance(0.78) ? p.taste : p.secondTaste;
    const first = pickCategory(rng, ctx, taste, group, d.month);
    if (!first) continue;
    const basket: StyleSeed[] = [];
    const taken = new Set<number>();
    const add = (category: string) => {
      const s = pickStyle(rng, ctx, p, category, group, taste, person, taken);
      if (!s) return;
      basket.push(s);
      taken.add(s.id);
    };
    add(first);
    for (const [category, chance] of COMPLEMENTS[first] ?? []) if (basket.length > 0 && basket.length < 3 && rng.chance(chance)) add(category);
    if (basket.length === 0) continue;
    const saleId = rng.uuid();
    let total = 0;
    for (const style of basket) {
      const size = sizeFor(person, style.sizeKind, style.sizes) ?? style.sizes[0] ?? "";
      const variantId = style.firstVariantId + pickColour(rng, style, p) * style.sizes.length + style.sizes.indexOf(size);
      const qty = style.sizeKind === "socks" && rng.chance(0.3) ? rng.int(2, 3) : 1;
      const unitPriceCents = unitPrice(rng, style.priceCents, d.month, d.dom);
      total += qty * unitPriceCents;
      lines.push({ saleId, variantId, styleId: style.id, qty, unitPriceCents });
    }
    const staff = storeIndex === null ? [] : (ctx.associates[storeIndex] ?? []);
    sales.push({
      id: saleId,
      channel: storeIndex === null ? "online" : "store",
      storeId: storeIndex === null ? null : (ctx.stores[storeIndex]?.id ?? null),
      customerId: p.row.id,
      userId: staff.length > 0 && rng.chance(0.75) ? rng.pick(staff) : null,
      totalCents: total,
      at: new Date(at).toISOString(),
    });
  }
  return { sales, lines };
}
