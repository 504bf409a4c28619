import { describe, expect, it } from "vitest";
import { effectiveHoldStatus, holdExpiresAt } from "./rules";

const now = new Date("2026-11-23T09:00:00Z");

describe("hold expiry", () => {
  it("a decide hold lasts the chain's default minutes unless told otherwise", () => {
    expect(holdExpiresAt({ kind: "decide", now, defaultMinutes: 30, timeZone: "Europe/Madrid" }).toISOString()).toBe("2026-11-23T09:30:00.000Z");
    expect(holdExpiresAt({ kind: "decide", now, minutes: 45, defaultMinutes: 30, timeZone: "Europe/Madrid" }).toISOString()).toBe("2026-11-23T09:45:00.000Z");
  });

  it("a pickup hold lasts to the end of the day in the store's time zone", () => {
    expect(holdExpiresAt({ kind: "pickup", now, until: "2026-11-25", defaultMinutes: 30, timeZone: "Europe/Madrid" }).toISOString()).toBe("2026-11-25T23:00:00.000Z");
    expect(holdExpiresAt({ kind: "pickup", now, until: "2026-11-25", defaultMinutes: 30, timeZone: "Atlantic/Canary" }).toISOString()).toBe("2026-11-26T00:00:00.000Z");
  });

  it("refuses a past day or one too far ahead", () => {
    expect(() => holdExpiresAt({ kind: "pickup", now, until: "2026-11-22", defaultMinutes: 30, timeZone: "Europe/Madrid" })).toThrow(/passed/);
    expect(() => holdExpiresAt({ kind: "pickup", now, until: "2026-12-31", defaultMinutes: 30, timeZone: "Europe/Madrid" })).toThrow(/too far/);
  });

  it("is expired on read once past its time, even if still marked active", () => {
    const h = { status: "active" as const, expiresAt: new Date("2026-11-23T09:30:00Z") };
    expect(effectiveHoldStatus(h, new Date("2026-11-23T09:29:59Z"))).toBe("active");
    expect(effectiveHoldStatus(h, new Date("2026-11-23T09:30:00Z"))).toBe("expired");
    expect(effectiveHoldStatus({ ...h, status: "converted" }, new Date("2026-11-24T00:00:00Z"))).toBe("converted");
  });
});
