import { AppError } from "@/lib/errors";

export type SourceCandidate = { storeId: number | string; available: number; promiseDate: string; distanceKm: number };

/**
 * Stores that can supply `qty` units, best first: earliest promise date (ISO dates sort as text),
 * then nearest, then most stock, then storeId so the order never depends on input order.
 */
export function rankSources<T extends SourceCandidate>(candidates: readonly T[], qty: number): T[] {
  if (!Number.isInteger(qty) || qty < 1) throw new AppError("bad_request", "Quantity must be a whole number of at least 1.", 400);
  return candidates
    .filter((c) => c.available >= qty)
    .sort(
      (a, b) =>
        compare(a.promiseDate, b.promiseDate) ||
        a.distanceKm - b.distanceKm ||
        b.available - a.available ||
        compare(a.storeId, b.storeId),
    );
}

/** The best source for `qty` units, or null when no store has enough. */
export function bestSource<T extends SourceCandidate>(candidates: readonly T[], qty: number): T | null {
  return rankSources(candidates, qty)[0] ?? null;
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
