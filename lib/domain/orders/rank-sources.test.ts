import { describe, expect, it } from "vitest";
import { bestSource, rankSources } from "./rank-sources";

const c = (storeId: number, available: number, promiseDate: string, distanceKm: number) => ({ storeId, available, promiseDate, distanceKm });

describe("rankSources", () => {
  it("keeps only stores with enough units", () => {
    const ranked = rankSources([c(1, 1, "2026-11-24", 5), c(2, 2, "2026-11-25", 5), c(3, 0, "2026-11-24", 1)], 2);
    expect(ranked.map((s) => s.storeId)).toEqual([2]);
  });

  it("prefers the earliest promise date, even from further away", () => {
    const ranked = rankSources([c(1, 5, "2026-11-26", 3), c(2, 5, "2026-11-24", 400), c(3, 5, "2026-11-25", 50)], 1);
    expect(ranked.map((s) => s.storeId)).toEqual([2, 3, 1]);
  });

  it("then the nearest, then the most stock, then the store id", () => {
    const day = "2026-11-24";
    const ranked = rankSources([c(4, 3, day, 10), c(3, 3, day, 10), c(2, 9, day, 10), c(1, 9, day, 20)], 1);
    expect(ranked.map((s) => s.storeId)).toEqual([2, 3, 4, 1]);
  });

  it("keeps the caller's extra fields and does not mutate the input", () => {
    const input = [{ ...c(2, 5, "2026-11-25", 1), name: "Bilbao" }, { ...c(1, 5, "2026-11-24", 1), name: "Vigo" }];
    expect(rankSources(input, 1)[0]?.name).toBe("Vigo");
    expect(input[0]?.name).toBe("Bilbao");
  });

  it("rejects a quantity below one", () => {
    expect(() => rankSources([c(1, 5, "2026-11-24", 1)], 0)).toThrow(/at least 1/);
  });
});

describe("bestSource", () => {
  it("returns the top-ranked store", () => {
    expect(bestSource([c(1, 5, "2026-11-25", 1), c(2, 5, "2026-11-24", 99)], 1)?.storeId).toBe(2);
  });

  it("returns null when no store has enough", () => {
    expect(bestSource([c(1, 1, "2026-11-24", 1)], 2)).toBeNull();
    expect(bestSource([], 1)).toBeNull();
  });
});
