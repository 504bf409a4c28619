import { describe, expect, it } from "vitest";
import { customerSizeForStyle, sizeKindFor } from "./size-for-style";

describe("the customer's size for a style", () => {
  it("reads the kind of size from the category", () => {
    expect(sizeKindFor("ankle-boots")).toBe("shoe");
    expect(sizeKindFor("Running shoes")).toBe("shoe");
    expect(sizeKindFor("jeans")).toBe("bottoms");
    expect(sizeKindFor("t-shirts")).toBe("tops");
  });

  it("uses the shoe size for footwear and the waist for jeans, though both are numbers", () => {
    const known = { shoe: "38", bottoms: "30", tops: "M" };
    expect(customerSizeForStyle({ category: "ankle-boots", sizes: ["35", "36", "37", "38"] }, known)).toBe("38");
    expect(customerSizeForStyle({ category: "jeans", sizes: ["28", "30", "32"] }, known)).toBe("30");
    expect(customerSizeForStyle({ category: "shirts", sizes: ["S", "M", "L"] }, known)).toBe("M");
  });

  it("says nothing when the size is unknown or not in the run", () => {
    expect(customerSizeForStyle({ category: "sneakers", sizes: ["39", "40"] }, { shoe: "37" })).toBeUndefined();
    expect(customerSizeForStyle({ category: "sneakers", sizes: ["39", "40"] }, undefined)).toBeUndefined();
    expect(customerSizeForStyle({ category: "shirts", sizes: ["S", "M"] }, { tops: "m" })).toBe("M");
  });
});
