import { errors } from "@/lib/errors";
import { distanceKm } from "@/lib/domain/stores/distance";
import { localParts } from "@/lib/domain/stores/zoned-time";
import type { Holiday } from "./business-days";
import { postcodeLocation } from "./postcode-location";
import type { PromiseDestination } from "./promise-date";
import { rankSources } from "./rank-sources";
import { linePromise } from "./rules";
import type { OrderLineInput, QuoteLine, SourceOption, VariantRef } from "./schemas";

export type PlanStore = {
  id: number;
  code: string;
  name: string;
  city: string;
  region: string;
  lat: number;
  lng: number;
  timeZone: string;
  dispatchCutoff: string;
  processingDays: number;
  canShip: boolean;
  active: boolean;
};
export type PlanVariant = VariantRef & { priceCents: number; active: boolean };

/** Everything a quote or an order needs to decide sources and dates, read once. */
export type PlanContext = {
  now: Date;
  sellingStore: PlanStore;
  stores: ReadonlyMap<number, PlanStore>;
  variants: ReadonlyMap<number, PlanVariant>;
  /** Units available (on hand - reserved) by `${variantId}:${storeId}`; missing = 0. */
  available: ReadonlyMap<string, number>;
  holidays: readonly Holiday[];
};

export type PlanDestination = { kind: "delivery"; lat: number; lng: number; region: string; postcode: string } | { kind: "pickup"; store: PlanStore };
export type FulfilmentInput = { kind: "delivery"; address: { postcode: string } } | { kind: "pickup"; storeId: number };

/** A quote line plus the stores to try, in order, when reserving. */
export type PlannedLine = QuoteLine & { candidates: SourceOption[] };

export const stockKey = (variantId: number, storeId: number) => `${variantId}:${storeId}`;
/** How many next-best stores a "best" line tries when its first choice is taken at the last moment. */
export const BEST_SOURCE_ATTEMPTS = 3;
const ALTERNATIVES_SHOWN = 3;

export function resolveDestination(fulfilment: FulfilmentInput, stores: ReadonlyMap<number, PlanStore>): PlanDestination {
  if (fulfilment.kind === "pickup") {
    const store = stores.get(fulfilment.storeId);
    if (!store?.active) throw errors.validation("Choose an open store for the pickup.", { "fulfilment.storeId": "That store is not available for pickups." });
    return { kind: "pickup", store };
  }
  const loc = postcodeLocation(fulfilment.address.postcode);
  if (!loc) throw errors.validation("Check the postcode.", { "fulfilment.address.postcode": "Spanish postcodes have 5 digits, e.g. 28013" });
  return { kind: "delivery", lat: loc.lat, lng: loc.lng, region: loc.region, postcode: fulfilment.address.postcode };
}

function promiseDestination(d: PlanDestination): PromiseDestination {
  return d.kind === "pickup"
    ? { kind: "pickup", store: { lat: d.store.lat, lng: d.store.lng, region: d.store.region, timeZone: d.store.timeZone } }
    : { kind: "delivery", lat: d.lat, lng: d.lng, region: d.region };
}

/**
 * Sources and promise dates for every line, without touching stock: the quote shows this, and the order
 * computes it again inside its transaction (same code, so the date confirmed is the date shown).
 */
export function planOrder(ctx: PlanContext, destination: PlanDestination, lines: readonly OrderLineInput[]): PlannedLine[] {
  const dest = promiseDestination(destination);
  const destPoint = destination.kind === "pickup" ? destination.store : destination;
  const pickupStoreId = destination.kind === "pickup" ? destination.store.id : null;
  const promiseCache = new Map<number, { date: string; explanation: string[] }>();
  const promiseFrom = (store: PlanStore) => {
    let p = promiseCache.get(store.id);
    if (!p) {
      const r = linePromise({ now: ctx.now, source: promiseSource(store), destination: dest, holidays: ctx.holidays }, store.id, pickupStoreId);
      p = { date: r.date, explanation: r.explanation };
      promiseCache.set(store.id, p);
    }
    return p;
  };
  const option = (store: PlanStore, variantId: number): SourceOption => ({
    storeId: store.id,
    code: store.code,
    name: store.name,
    city: store.city,
    available: ctx.available.get(stockKey(variantId, store.id)) ?? 0,
    distanceKm: Math.round(distanceKm(store, destPoint) * 10) / 10,
    promiseDate: promiseFrom(store).date,
  });
  const shipOptions = (variantId: number) =>
    [...ctx.stores.values()].filter((s) => s.active && s.canShip && (ctx.available.get(stockKey(variantId, s.id)) ?? 0) > 0).map((s) => option(s, variantId));
  const today = localParts(ctx.now, ctx.sellingStore.timeZone).isoDate;

  return lines.map((line, index): PlannedLine => {
    const variant = ctx.variants.get(line.variantId);
    const base = {
      index,
      kind: line.kind,
      qty: line.qty,
      variant: variant ? pickVariantRef(variant) : null,
      unitPriceCents: variant?.priceCents ?? 0,
      lineTotalCents: (variant?.priceCents ?? 0) * line.qty,
      requestedSource: line.kind === "take_now" ? ("here" as const) : line.source,
    };
    const none = { source: null, promiseDate: null, explanation: [], alternatives: [], candidates: [] };
    if (!variant?.active) return { ...base, ...none, problem: { code: "unknown_item", message: "This item is not sold any more." } };

    const ranked = rankSources(shipOptions(line.variantId), line.qty);
    const others = (storeId: number | null) => ranked.filter((o) => o.storeId !== storeId).slice(0, ALTERNATIVES_SHOWN);

    if (line.kind === "take_now") {
      const here = option(ctx.sellingStore, line.variantId);
      const enough = here.available >= line.qty;
      return {
        ...base,
        source: { ...here, promiseDate: today, distanceKm: 0 },
        promiseDate: today,
        explanation: ["Taken now from this store."],
        problem: enough ? null : { code: "out_of_stock", message: `Only ${here.available} available here.` },
        alternatives: others(null),
        candidates: [{ ...here, promiseDate: today }],
      };
    }
    if (line.source === "best") {
      const best = ranked[0] ?? null;
      return {
        ...base,
        source: best,
        promiseDate: best?.promiseDate ?? null,
        explanation: best ? promiseFrom(ctx.stores.get(best.storeId)!).explanation : [],
        problem: best ? null : { code: "out_of_stock", message: "No store has enough of this item." },
        alternatives: others(best?.storeId ?? null),
        candidates: ranked.slice(0, BEST_SOURCE_ATTEMPTS),
      };
    }
    const store = ctx.stores.get(line.source);
    if (!store?.active) return { ...base, ...none, alternatives: others(null), problem: { code: "unknown_store", message: "That store is not available." } };
    if (!store.canShip) return { ...base, ...none, alternatives: others(store.id), problem: { code: "cannot_ship", message: `${store.code} does not ship orders.` } };
    const chosen = option(store, line.variantId);
    return {
      ...base,
      source: chosen,
      promiseDate: chosen.promiseDate,
      explanation: promiseFrom(store).explanation,
      problem: chosen.available >= line.qty ? null : { code: "out_of_stock", message: `Only ${chosen.available} available at ${store.code}.` },
      alternatives: others(store.id),
      candidates: [chosen],
    };
  });
}

function pickVariantRef(v: PlanVariant): VariantRef {
  return { variantId: v.variantId, styleId: v.styleId, styleName: v.styleName, colour: v.colour, size: v.size, sku: v.sku, ean: v.ean };
}

function promiseSource(s: PlanStore) {
  return { timeZone: s.timeZone, dispatchCutoff: s.dispatchCutoff, processingDays: s.processingDays, region: s.region, lat: s.lat, lng: s.lng, canShip: s.canShip };
}
