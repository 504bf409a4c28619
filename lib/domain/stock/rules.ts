import type { GridStore, StockCell } from "./types";

/** Units a customer can have now: on hand minus what orders and holds already promised. */
export function available(onHand: number, reserved: number): number {
  return Math.max(0, onHand - reserved);
}

export type StockFigure = { onHand: number; reserved: number; updatedAtMs: number };

/**
 * One cell of a matrix or grid. A variant the store has no stock row for is "not carried": zero units,
 * `carried: false`, dated `fallbackIso` (the response time: the freshest thing we can say) and left out of asOf.
 */
export function stockCell(variantId: number, size: string, figure: StockFigure | undefined, fallbackIso: string): StockCell {
  if (!figure) return { variantId, size, onHand: 0, reserved: 0, available: 0, updatedAt: fallbackIso, carried: false };
  return {
    variantId,
    size,
    onHand: figure.onHand,
    reserved: figure.reserved,
    available: available(figure.onHand, figure.reserved),
    updatedAt: new Date(figure.updatedAtMs).toISOString(),
  };
}

export type Freshness = { asOf: string | null; stale: boolean; staleAfterMinutes: number };

/** The age of a screen of figures is the age of its oldest one; past the threshold the screen says so. */
export function freshness(updatedAtMs: readonly number[], now: Date, staleAfterMinutes: number): Freshness {
  if (updatedAtMs.length === 0) return { asOf: null, stale: false, staleAfterMinutes };
  let oldest = Infinity;
  for (const t of updatedAtMs) if (t < oldest) oldest = t;
  return { asOf: new Date(oldest).toISOString(), stale: now.getTime() - oldest > staleAfterMinutes * 60_000, staleAfterMinutes };
}

/** Updated-at instants of the cells that come from a stock row (not-carried cells have no age of their own). */
export function carriedTimes(cells: readonly StockCell[]): number[] {
  return cells.filter((c) => c.carried !== false).map((c) => Date.parse(c.updatedAt));
}

/**
 * Grid order: this store first, then nearest; stores at the same spot (to 100 m, e.g. one shopping centre)
 * put the open one first, then the code decides so the order never flickers between refreshes.
 */
export function compareGridStores(a: GridOrder, b: GridOrder): number {
  if (a.isHere !== b.isHere) return a.isHere ? -1 : 1;
  const byDistance = Math.round(a.distanceKm * 10) - Math.round(b.distanceKm * 10);
  if (byDistance !== 0) return byDistance;
  if (a.open !== b.open) return a.open ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** What the grid's order reads of a store: sorting happens before the shown rows are built. */
export type GridOrder = Pick<GridStore, "isHere" | "distanceKm" | "open" | "code">;

export type GridFilters = { size?: string; onlyWithSize?: boolean; radiusKm?: number };

/**
 * Rows the associate asked for. This store always stays (it anchors the grid, even at 0);
 * onlyWithSize keeps stores with at least one available unit of the asked size (`hasSize`, null when no size was
 * asked); radiusKm keeps stores within it.
 */
export function filterGridStores<T extends Pick<GridStore, "isHere" | "distanceKm">>(
  stores: readonly T[],
  hasSize: ((s: T) => boolean) | null,
  filters: Pick<GridFilters, "onlyWithSize" | "radiusKm">,
): T[] {
  return stores.filter((s) => {
    if (s.isHere) return true;
    if (filters.radiusKm !== undefined && s.distanceKm > filters.radiusKm) return false;
    if (filters.onlyWithSize && hasSize && !hasSize(s)) return false;
    return true;
  });
}

// ---- Stock events -------------------------------------------------------------------------------------

export type StockState = { onHand: number; reserved: number; countedAtMs: number | null };
export type StockEventKind = "absolute" | "delta";
export type StockChange = { kind: StockEventKind; quantity: number; sourceTsMs: number };
export type StockDecision =
  | { outcome: "applied"; state: StockState }
  | { outcome: "stale"; reason: string }
  | { outcome: "rejected"; reason: string };

/**
 * What one event does to a stock row. The last absolute count (counted_at, source time) is the truth:
 * an event from before it is stale (an older count must not overwrite a newer one; a delta from before it
 * is already included in it). Neither kind may leave fewer units on hand than are reserved.
 */
export function decideStockEvent(state: StockState, e: StockChange): StockDecision {
  if (state.countedAtMs !== null && e.sourceTsMs <= state.countedAtMs) {
    return { outcome: "stale", reason: `A count from ${new Date(state.countedAtMs).toISOString()} is newer than this event.` };
  }
  const onHand = e.kind === "absolute" ? e.quantity : state.onHand + e.quantity;
  if (onHand < state.reserved) {
    const what = e.kind === "absolute" ? `a count of ${e.quantity}` : `a change of ${e.quantity} on ${state.onHand} on hand`;
    return {
      outcome: "rejected",
      reason: `On hand cannot go below reserved units: ${what} would leave ${onHand}, and ${state.reserved} are reserved.`,
    };
  }
  return { outcome: "applied", state: { onHand, reserved: state.reserved, countedAtMs: e.kind === "absolute" ? e.sourceTsMs : state.countedAtMs } };
}
