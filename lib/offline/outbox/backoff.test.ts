import { describe, expect, it } from "vitest";
import { BACKOFF_MAX_MS, backoffDelay, nextAttemptAt } from "./backoff";

describe("backoff", () => {
  it("sends a fresh entry at once, then waits 2 s, 4 s, 8 s …", () => {
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a))).toEqual([0, 2_000, 4_000, 8_000, 16_000]);
  });

  it("never waits longer than five minutes, however many tries failed", () => {
    expect(backoffDelay(9)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(60, 0.99)).toBe(BACKOFF_MAX_MS);
  });

  it("spreads retries by at most a quarter", () => {
    expect(backoffDelay(2, 0.5)).toBe(4_500);
    expect(backoffDelay(2, 0.999)).toBeLessThan(5_000);
  });

  it("honours a longer Retry-After from the server", () => {
    expect(nextAttemptAt(1_000, 1, { retryAfterSeconds: 30 })).toBe(31_000);
    expect(nextAttemptAt(1_000, 3, { retryAfterSeconds: 1 })).toBe(9_000);
  });
});
