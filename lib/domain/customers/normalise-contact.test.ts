import { describe, expect, it } from "vitest";
import { nameSearchKey, normaliseEmail, normalisePhone } from "./normalise-contact";

describe("normalisePhone", () => {
  it("reads Spanish national numbers however they are typed", () => {
    for (const raw of ["612 345 678", "612345678", "+34 612 34 56 78", "0034612345678", "(+34) 612-345-678"]) {
      expect(normalisePhone(raw), raw).toBe("+34612345678");
    }
  });
  it("keeps foreign numbers in international form", () => {
    expect(normalisePhone("+44 20 7946 0958")).toBe("+442079460958");
    expect(normalisePhone("020 7946 0958", "GB")).toBe("+442079460958");
  });
  it("rejects what cannot be a number", () => {
    for (const raw of ["", "abc", "123", "+34 12"]) expect(normalisePhone(raw), raw).toBeNull();
  });
});

describe("normaliseEmail", () => {
  it("trims and lower-cases", () => {
    expect(normaliseEmail("  Lucia.Garcia@Example.ES ")).toBe("lucia.garcia@example.es");
  });
  it("rejects what cannot be an address", () => {
    for (const raw of ["", "lucia", "lucia@", "@example.es", "a b@example.es", "lucia@example"]) expect(normaliseEmail(raw), raw).toBeNull();
  });
});

describe("nameSearchKey", () => {
  it("is lower-case and accent-free with single spaces", () => {
    expect(nameSearchKey("José", "Núñez  Peña")).toBe("jose nunez pena");
    expect(nameSearchKey(" Ángela ")).toBe("angela");
    expect(nameSearchKey("Çelik", "Müller")).toBe("celik muller");
  });
});
