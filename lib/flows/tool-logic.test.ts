import { describe, expect, it } from "vitest";
import { fillSay } from "./fill-say";
import { gridOutcome } from "./grid-outcome";
import { matchSize } from "./match-size";

const store = (isHere: boolean, available: number) => ({ isHere, cells: [{ size: "38", available, variantId: 1, onHand: available, reserved: 0, updatedAt: "" }] });

describe("gridOutcome", () => {
  it("says where the wanted size is", () => {
    expect(gridOutcome({ stores: [store(true, 1), store(false, 2)] }, "38")).toBe("in_stock_here");
    expect(gridOutcome({ stores: [store(true, 0), store(false, 2)] }, "38")).toBe("only_elsewhere");
    expect(gridOutcome({ stores: [store(true, 0), store(false, 0)] }, "38")).toBe("nowhere");
    expect(gridOutcome({ stores: [store(true, 0)] }, "39")).toBe("nowhere");
    expect(gridOutcome({ stores: [store(true, 1)] }, undefined)).toBeUndefined();
  });

  it("counts stores beyond the nearest ones listed when the grid says how many have the size", () => {
    expect(gridOutcome({ stores: [store(true, 0), store(false, 0)], storesWithSize: 1 }, "38")).toBe("only_elsewhere");
    expect(gridOutcome({ stores: [store(true, 0), store(false, 0)], storesWithSize: 0 }, "38")).toBe("nowhere");
  });
});

describe("matchSize", () => {
  it("matches the size as the customer said it to the style's sizes", () => {
    const sizes = ["37", "38", "38.5", "M"];
    expect(matchSize(sizes, "38")).toBe("38");
    expect(matchSize(sizes, " EU 38 ")).toBe("38");
    expect(matchSize(sizes, "38,5")).toBe("38.5");
    expect(matchSize(sizes, "m")).toBe("M");
    expect(matchSize(sizes, "44")).toBeUndefined();
    expect(matchSize(sizes, "")).toBeUndefined();
  });
});

describe("fillSay", () => {
  it("fills what is known and words the rest so no braces are read out", () => {
    const fallback = (n: string) => (n === "promise_date" ? "the date on the screen" : "…");
    expect(fillSay("I'm {associate}. By {promise_date}.", { associate: "Ana" }, fallback)).toBe("I'm Ana. By the date on the screen.");
  });
});
