import { describe, expect, it } from "vitest";
import {
  ANY_SIZE,
  chooseOffer,
  exactSize,
  fitsPreferences,
  isDeclined,
  mayPersonalise,
  otherColours,
  personalisationState,
  sizeMatches,
  sizeWantFor,
  type VariantOffer,
} from "./rules";
import type { SuggestionSource } from "./types";

const boot = { category: "ankle-boots", department: "women" };
const socks = { category: "socks", department: "unisex" };
const belt = { category: "belts", department: "men" };
const jeans = { category: "jeans", department: "women" };
const tee = { category: "t-shirts", department: "women" };
const kidsSneaker = { category: "sneakers", department: "kids" };
const bag = { category: "bags", department: "women" };

describe("which size a suggestion must come in", () => {
  const asked = { size: "38", category: "ankle-boots", department: "women" };

  it("uses the asked size for items on the same chart", () => {
    expect(sizeWantFor({ category: "loafers", department: "women" }, { asked })).toEqual({ basis: "asked", size: "38" });
  });

  it("derives socks from a shoe size and belts from a waist", () => {
    expect(sizeWantFor(socks, { asked })).toEqual({ basis: "matched", shoeSize: 38 });
    expect(sizeWantFor(belt, { asked: { size: "32", category: "jeans", department: "men" } })).toEqual({ basis: "matched", size: "L" });
  });

  it("uses the customer's stored size for another chart, else any size", () => {
    const profile = { shoe: "38", tops: "M", bottoms: "28" };
    expect(sizeWantFor(tee, { asked, profile })).toEqual({ basis: "profile", size: "M" });
    expect(sizeWantFor(jeans, { asked })).toEqual(ANY_SIZE);
    expect(sizeWantFor(belt, { profile })).toEqual({ basis: "profile", size: "M" });
  });

  it("never applies adult sizes to kids' items (or the reverse), nor sizes to one-size items", () => {
    expect(sizeWantFor(kidsSneaker, { asked, profile: { shoe: "38" } })).toEqual(ANY_SIZE);
    expect(sizeWantFor(boot, { asked: { size: "30", category: "sneakers", department: "kids" } })).toEqual(ANY_SIZE);
    expect(sizeWantFor(bag, { asked, profile: { shoe: "38" } })).toEqual(ANY_SIZE);
    expect(sizeWantFor({ category: "umbrellas", department: "women" }, { asked })).toEqual(ANY_SIZE);
  });

  it("matches sizes by name (any case) and sock bands by the shoe size they hold", () => {
    expect(sizeMatches({ basis: "asked", size: "m" }, "M")).toBe(true);
    expect(sizeMatches({ basis: "asked", size: "38" }, "39")).toBe(false);
    expect(sizeMatches({ basis: "matched", shoeSize: 38 }, "35-38")).toBe(true);
    expect(sizeMatches({ basis: "matched", shoeSize: 39 }, "35-38")).toBe(false);
    expect(sizeMatches(ANY_SIZE, "XL")).toBe(true);
    expect(exactSize({ basis: "matched", shoeSize: 38 })).toBeNull();
    expect(exactSize({ basis: "profile", size: "M" })).toBe("M");
  });
});

const src = (storeId: number, promiseDate: string, distanceKm: number): SuggestionSource => ({ storeId, storeCode: `S${storeId}`, storeName: `Store ${storeId}`, promiseDate, distanceKm });
const v = (variantId: number, colour: string, size: string, here: number, source: SuggestionSource | null = null): VariantOffer => ({
  variantId,
  styleId: 1,
  colour,
  colourHex: "#000000",
  size,
  sizeOrder: Number(size) || 0,
  here,
  source,
});

describe("what to offer of a style", () => {
  const want = { basis: "asked", size: "38" } as const;

  it("offers nothing when the size is out here and no store can ship it", () => {
    expect(chooseOffer([v(1, "Black", "38", 0), v(2, "Black", "39", 5)], want)).toBeNull();
  });

  it("never offers a wrong size, even one in stock", () => {
    const offer = chooseOffer([v(1, "Black", "39", 9), v(2, "Tan", "38", 1)], want);
    expect(offer).toMatchObject({ colour: "Tan", size: "38", variantId: 2, availableHere: 1, bestSource: null });
  });

  it("prefers a colour here over one to order, and a preferred colour among those here", () => {
    const rows = [v(1, "Black", "38", 0, src(5, "2025-06-03", 10)), v(2, "Tan", "38", 3), v(3, "Navy", "38", 1)];
    expect(chooseOffer(rows, want)?.colour).toBe("Tan");
    expect(chooseOffer(rows, want, { prefer: ["navy"] })?.colour).toBe("Navy");
  });

  it("orders from the source with the earliest promise date, then the nearest", () => {
    const rows = [v(1, "Black", "38", 0, src(5, "2025-06-04", 10)), v(2, "Tan", "38", 0, src(6, "2025-06-03", 400)), v(3, "Navy", "38", 0, src(7, "2025-06-03", 20))];
    expect(chooseOffer(rows, want)).toMatchObject({ colour: "Navy", availableHere: 0, bestSource: { storeId: 7, promiseDate: "2025-06-03" } });
  });

  it("with any size, counts every size here and names no single variant", () => {
    const offer = chooseOffer([v(1, "Black", "38", 1), v(2, "Black", "39", 2)], ANY_SIZE);
    expect(offer).toMatchObject({ colour: "Black", size: null, variantId: null, availableHere: 3 });
  });

  it("names the variant of a one-size item", () => {
    expect(chooseOffer([v(7, "Tan", "OS", 2)], ANY_SIZE)).toMatchObject({ size: "OS", variantId: 7 });
  });

  it("offers only the asked colour when told, and skips excluded colours", () => {
    const rows = [v(1, "Black", "38", 5), v(2, "Tan", "38", 1)];
    expect(chooseOffer(rows, want, { only: "Tan" })?.colour).toBe("Tan");
    expect(chooseOffer(rows, want, { exclude: ["black"] })?.colour).toBe("Tan");
    expect(chooseOffer(rows, want, { only: "Green" })).toBeNull();
  });

  it("lists the other colours of a style in catalogue order", () => {
    expect(otherColours([v(3, "Navy", "38", 0), v(1, "Black", "38", 0), v(2, "Tan", "38", 0), v(4, "Tan", "39", 0)], "black")).toEqual(["Tan", "Navy"]);
  });
});

describe("consent, declined and preferences", () => {
  it("personalises unless the latest personalisation record is a withdrawal; never asked is not a refusal", () => {
    expect(personalisationState("withdrawn")).toBe("refused");
    expect(personalisationState("granted")).toBe("granted");
    expect(personalisationState(null)).toBe("not_asked");
    expect(mayPersonalise("refused")).toBe(false);
    expect(mayPersonalise("not_asked")).toBe(true);
  });

  it("counts a style as declined when shown twice in the last 30 days and never opened or taken", () => {
    const now = Date.UTC(2025, 5, 1);
    const day = 86_400_000;
    expect(isDeclined({ shownCount: 2, lastShownAtMs: now - day, openedAtMs: null, takenAtMs: null }, now)).toBe(true);
    expect(isDeclined({ shownCount: 1, lastShownAtMs: now - day, openedAtMs: null, takenAtMs: null }, now)).toBe(false);
    expect(isDeclined({ shownCount: 3, lastShownAtMs: now - day, openedAtMs: now - day, takenAtMs: null }, now)).toBe(false);
    expect(isDeclined({ shownCount: 3, lastShownAtMs: now - 31 * day, openedAtMs: null, takenAtMs: null }, now)).toBe(false);
  });

  it("rules out avoided brands and categories, and narrow lasts for wide feet", () => {
    const style = { brand: "Norte", category: "boots", attributes: { last: "narrow" } };
    expect(fitsPreferences(style, null)).toBe(true);
    expect(fitsPreferences(style, { avoid: ["norte"] })).toBe(false);
    expect(fitsPreferences(style, { avoid: ["boots"] })).toBe(false);
    expect(fitsPreferences(style, { fit: ["wide"] })).toBe(false);
    expect(fitsPreferences({ ...style, attributes: { last: "wide" } }, { fit: ["wide"] })).toBe(true);
  });
});
