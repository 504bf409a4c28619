import { describe, expect, it } from "vitest";
import { currentVisitId, startNewVisit } from "./visit";
import { MemoryStorage } from "./memory-storage.test-util";

describe("the visit id", () => {
  it("is kept per associate and survives until a new customer", () => {
    const s = new MemoryStorage();
    const ana = currentVisitId(s, "ana");
    expect(currentVisitId(s, "ana")).toBe(ana);
    const bea = currentVisitId(s, "bea");
    expect(bea).not.toBe(ana);
    const next = startNewVisit(s, "ana");
    expect(next).not.toBe(ana);
    expect(currentVisitId(s, "ana")).toBe(next);
    expect(currentVisitId(s, "bea")).toBe(bea);
  });
});
