import { describe, expect, it } from "vitest";
import { pendingSuggestions, suggestFieldsFromNote, suggestionsToPatch } from "./note-suggestions";

const pairs = (text: string, brands?: string[]) => suggestFieldsFromNote(text, { brands }).map((s) => [s.field, s.value]);

describe("suggestFieldsFromNote", () => {
  it("reads shoe sizes however the associate writes them", () => {
    for (const text of ["size 38", "Talla 38", "38 in shoes", "shoe size: 38", "takes a 38 in boots", "Calza un 38"]) {
      expect(pairs(text), text).toEqual([["sizes.shoe", "38"]]);
    }
    expect(pairs("talla 38,5 en zapatillas")).toEqual([["sizes.shoe", "38.5"]]);
  });

  it("reads clothing sizes, letters defaulting to tops and named garments deciding", () => {
    expect(pairs("wears M")).toEqual([["sizes.tops", "M"]]);
    expect(pairs("XL in tops, 32 in jeans")).toEqual([["sizes.tops", "XL"], ["sizes.bottoms", "32"]]);
    expect(pairs("waist 34")).toEqual([["sizes.bottoms", "34"]]);
    expect(pairs("Size 40 in shoes and M in shirts")).toEqual([["sizes.shoe", "40"], ["sizes.tops", "M"]]);
  });

  it("reads fit, things to avoid and liked colours", () => {
    expect(pairs("Likes wide fit")).toEqual([["preferences.fit", "wide"]]);
    expect(pairs("Wide feet, no leather.")).toEqual([["preferences.fit", "wide"], ["preferences.avoid", "leather"]]);
    expect(pairs("loves blue")).toEqual([["preferences.colours", "Blue"]]);
    expect(pairs("Le encanta el azul marino y el negro")).toEqual([["preferences.colours", "Navy"], ["preferences.colours", "Black"]]);
    expect(pairs("Vegan, doesn't wear high heels")).toEqual([["preferences.avoid", "high heels"], ["preferences.avoid", "leather"]]);
    expect(pairs("Not a fan of suede")).toEqual([["preferences.avoid", "suede"]]);
  });

  it("quotes the words each suggestion came from, in the note's own spelling", () => {
    const [s] = suggestFieldsFromNote("Clienta habitual. Talla 38 en botines.");
    expect(s).toMatchObject({ field: "sizes.shoe", value: "38", label: "Shoe size 38", evidence: "Talla 38 en botines" });
    const [c] = suggestFieldsFromNote("Loves blue");
    expect(c?.evidence).toBe("Loves blue");
  });

  it("finds known brands after a liking word", () => {
    expect(pairs("Always buys Pista trainers; likes Suela Madre", ["Pista", "Suela Madre", "Norte"])).toEqual([
      ["preferences.brands", "Pista"],
      ["preferences.brands", "Suela Madre"],
    ]);
  });

  it("stays quiet about what is not a size or a preference", () => {
    for (const text of [
      "Called twice, no answer",
      "Tops and trousers for her trip",
      "Doesn't like blue",
      "Likes leather",
      "Her daughter Rosa came with her",
      "Bought 3 pairs in 2024",
      "Shoes so comfortable she came back",
      "<script>alert(1)</script>",
      "",
    ]) {
      expect(pairs(text), text).toEqual([]);
    }
  });

  it("takes the first size per garment and lists each value once", () => {
    expect(pairs("size 38. Her son wears 32 in shoes")).toEqual([["sizes.shoe", "38"]]);
    expect(pairs("loves blue, really loves blue")).toEqual([["preferences.colours", "Blue"]]);
  });
});

describe("suggestionsToPatch", () => {
  const current = { sizes: { shoe: "38" }, preferences: { colours: ["Black"], fit: [] } };

  it("sets sizes and appends to preference lists, skipping what the profile already says", () => {
    const s = suggestFieldsFromNote("Size 39, wears M, loves blue and black, likes wide fit");
    expect(suggestionsToPatch(s, current)).toEqual({ sizes: { shoe: "39", tops: "M" }, preferences: { colours: ["Black", "Blue"], fit: ["wide"] } });
  });

  it("is null when nothing would change, and pendingSuggestions drops what is already known", () => {
    const s = suggestFieldsFromNote("talla 38, loves black");
    expect(suggestionsToPatch(s, current)).toBeNull();
    expect(pendingSuggestions(suggestFieldsFromNote("talla 38, loves blue"), current).map((x) => x.value)).toEqual(["Blue"]);
  });
});
