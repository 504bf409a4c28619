import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, seesAllStores } from "./permissions";

describe("permission table", () => {
  it("keeps manager screens and the client book away from associates", () => {
    expect(can("associate", "manage:access")).toBe(false);
    expect(can("associate", "customer:list")).toBe(false);
    expect(can("associate", "dashboard:store")).toBe(false);
    expect(can("manager", "manage:access")).toBe(true);
  });

  it("reserves data-protection requests, users and tokens for admins", () => {
    for (const p of ["customer:export", "customer:erase", "user:manage", "token:manage"] as const) {
      expect(PERMISSIONS[p]).toEqual(["admin"]);
    }
  });

  it("lets integrations push stock but never use the tablet screens", () => {
    expect(can("integration", "stock:write")).toBe(true);
    expect(can("integration", "manage:access")).toBe(false);
    expect(can("integration", "flow:run")).toBe(false);
    expect(can("associate", "stock:write")).toBe(false);
  });

  it("confines everyone but admins to one store", () => {
    expect(seesAllStores("admin")).toBe(true);
    expect(seesAllStores("manager")).toBe(false);
    expect(seesAllStores("associate")).toBe(false);
    expect(seesAllStores("integration")).toBe(false);
  });
});
