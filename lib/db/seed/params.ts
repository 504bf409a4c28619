/** How big a chain to build. Same seed + same asOf => the same chain, row for row. */
export type ChainParams = {
  seed: number;
  /** The "now" of the data set: history ends here, stock counts are stamped with it. */
  asOf: Date;
  stores: number;
  styles: number;
  customers: number;
  historyDays: number;
  associatesPerStore: number;
};

export type ChainScale = Omit<ChainParams, "asOf">;

export const DEMO_SEED = 20_240_611;

/** What a fresh install shows: 24 stores, ~600 styles (~10,000 variants), ~5,000 customers, two years. */
export const DEMO_SCALE: ChainScale = {
  seed: DEMO_SEED,
  stores: 24,
  styles: 600,
  customers: 5_000,
  historyDays: 730,
  associatesPerStore: 3,
};

/**
 * Small enough for integration tests (~1-3 s on PGlite). Stores and styles are prefixes of the
 * demo's, so MAD01, MAD02, BCN01, VLC01 and the demo-story styles are all present.
 */
export const TEST_SCALE: ChainScale = {
  seed: DEMO_SEED,
  stores: 4,
  styles: 40,
  customers: 60,
  historyDays: 120,
  associatesPerStore: 3,
};

/** Fills in asOf (the current minute) and checks the numbers make sense. */
export function resolveParams(scale: ChainScale & { asOf?: Date }): ChainParams {
  const asOf = scale.asOf ?? new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const ints: (keyof ChainScale)[] = ["stores", "styles", "customers", "historyDays", "associatesPerStore"];
  for (const k of ints) {
    const v = scale[k];
    if (!Number.isInteger(v) || v < 0) throw new Error(`seed parameter ${k} must be a non-negative integer, got ${v}`);
  }
  if (scale.stores < 1) throw new Error("a chain needs at least one store");
  if (scale.historyDays < 1) throw new Error("historyDays must be at least 1");
  if (Number.isNaN(asOf.getTime())) throw new Error("asOf is not a valid date");
  return { ...scale, asOf };
}
