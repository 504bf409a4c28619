import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps same-site paths", () => expect(safeNext("/manage?tab=1")).toBe("/manage?tab=1"));
  it("refuses other sites and protocol-relative URLs", () => {
    expect(safeNext("https://evil.example")).toBe("/");
    expect(safeNext("//evil.example")).toBe("/");
    expect(safeNext("/\\evil.example")).toBe("/");
  });
  it("does not loop back to sign-in", () => expect(safeNext("/login")).toBe("/"));
});
