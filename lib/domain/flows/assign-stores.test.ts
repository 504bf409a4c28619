import { describe, expect, it } from "vitest";
import { onlyOwnStoreChanged } from "./assign-stores";

describe("a manager assigning a flow to stores", () => {
  it("may add or remove their own store", () => {
    expect(onlyOwnStoreChanged([2], [1, 2], 1)).toBe(true);
    expect(onlyOwnStoreChanged([1, 2], [2], 1)).toBe(true);
    expect(onlyOwnStoreChanged([], [1], 1)).toBe(true);
    expect(onlyOwnStoreChanged([1, 2], [2, 1], 1)).toBe(true);
  });

  it("may not take the flow from other stores or give it to them", () => {
    expect(onlyOwnStoreChanged([1, 2], [1], 1)).toBe(false);
    expect(onlyOwnStoreChanged([1], [1, 3], 1)).toBe(false);
  });

  it("may not narrow a chain-wide flow, nor open one to every store", () => {
    expect(onlyOwnStoreChanged(null, [1], 1)).toBe(false);
    expect(onlyOwnStoreChanged([1], null, 1)).toBe(false);
    expect(onlyOwnStoreChanged(null, null, 1)).toBe(true);
  });
});
