import { describe, expect, it } from "vitest";
import { distanceKm, sortByDistance } from "./distance";

const madrid = { lat: 40.4168, lng: -3.7038 };
const barcelona = { lat: 41.3874, lng: 2.1686 };
const lasPalmas = { lat: 28.1235, lng: -15.4363 };

describe("distanceKm", () => {
  it("is zero for the same point", () => {
    expect(distanceKm(madrid, madrid)).toBe(0);
  });

  it("matches known great-circle distances", () => {
    expect(distanceKm(madrid, barcelona)).toBeCloseTo(505, -1);
    expect(distanceKm(madrid, lasPalmas)).toBeGreaterThan(1700);
    expect(distanceKm(madrid, lasPalmas)).toBeLessThan(1800);
  });

  it("is symmetric", () => {
    expect(distanceKm(madrid, barcelona)).toBeCloseTo(distanceKm(barcelona, madrid), 9);
  });
});

describe("sortByDistance", () => {
  it("puts the nearest first and adds the distance", () => {
    const sorted = sortByDistance(madrid, [{ id: "las-palmas", ...lasPalmas }, { id: "bcn", ...barcelona }, { id: "mad", ...madrid }]);
    expect(sorted.map((s) => s.id)).toEqual(["mad", "bcn", "las-palmas"]);
    expect(sorted[0]?.distanceKm).toBe(0);
  });

  it("keeps the original order for equal distances", () => {
    const items = [{ id: "b", ...barcelona }, { id: "a", ...barcelona }, { id: "c", ...barcelona }];
    expect(sortByDistance(madrid, items).map((s) => s.id)).toEqual(["b", "a", "c"]);
  });

  it("breaks ties by the given key", () => {
    const items = [{ id: "b", ...barcelona }, { id: "a", ...barcelona }, { id: "m", ...madrid }];
    expect(sortByDistance(madrid, items, (s) => s.id).map((s) => s.id)).toEqual(["m", "a", "b"]);
  });

  it("does not mutate the input", () => {
    const items = [{ id: "bcn", ...barcelona }, { id: "mad", ...madrid }];
    sortByDistance(madrid, items);
    expect(items.map((s) => s.id)).toEqual(["bcn", "mad"]);
    expect(items[0]).not.toHaveProperty("distanceKm");
  });
});
