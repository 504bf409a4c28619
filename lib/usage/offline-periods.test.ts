import { describe, expect, it } from "vitest";
import { MIN_OFFLINE_MS, endedPeriod } from "./offline-periods";

describe("offline periods", () => {
  const start = Date.parse("2026-11-23T10:00:00Z");
  it("ends now when the connection comes back with the page open", () => {
    expect(endedPeriod({ start, seen: start + 30_000 }, start + 95_000, true)).toEqual({ startedAt: start, ms: 95_000 });
  });
  it("ends at the last heartbeat when found on start-up (the browser was closed while offline)", () => {
    expect(endedPeriod({ start, seen: start + 600_000 }, start + 3_600_000, false)).toEqual({ startedAt: start, ms: 600_000 });
  });
  it("ignores blips, nothing stored, and clocks that went backwards", () => {
    expect(endedPeriod({ start, seen: start }, start + MIN_OFFLINE_MS - 1, true)).toBeNull();
    expect(endedPeriod(null, start, true)).toBeNull();
    expect(endedPeriod({ start, seen: start }, start - 1000, true)).toBeNull();
  });
});
