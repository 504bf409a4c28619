import { describe, expect, it } from "vitest";
import { canRefreshFrom, decodeCursor, encodeCursor } from "./cursor";

describe("snapshot cursor", () => {
  it("round-trips with microsecond precision", () => {
    const c = { storeId: 3, fromMicros: 1_790_000_000_123_456n, stores: [3, 7, 1] };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });

  it("refuses what it did not issue, so the tablet gets a full snapshot instead", () => {
    for (const bad of ["", "abc", "2.1.5.1", "1.1.5.", "1.x.5.1", "1.1.5.1;drop"]) expect(decodeCursor(bad)).toBeNull();
  });

  it("refreshes incrementally only for the same store and the same nearby stores", () => {
    const c = decodeCursor("1.3.100.3-7-1");
    expect(canRefreshFrom(c, 3, [3, 7, 1])).toBe(true);
    expect(canRefreshFrom(c, 4, [3, 7, 1])).toBe(false);
    // A new branch among the nearest: its stock was never sent, so start again.
    expect(canRefreshFrom(c, 3, [3, 9, 7])).toBe(false);
    expect(canRefreshFrom(null, 3, [3])).toBe(false);
  });
});
