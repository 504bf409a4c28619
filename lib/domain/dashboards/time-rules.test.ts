import { describe, expect, it } from "vitest";
import { IDLE_GAP_MS, STRETCH_TAIL_MS, inUseMs, toMinutes } from "./time-rules";

const min = 60_000;

describe("minutes in use", () => {
  it("counts a stretch from its first event to its last, plus a minute for the last screen", () => {
    expect(inUseMs([0, 2 * min, 5 * min])).toBe(5 * min + STRETCH_TAIL_MS);
  });
  it("starts a new stretch after a gap longer than the idle limit", () => {
    expect(inUseMs([0, 3 * min, 3 * min + IDLE_GAP_MS + 1, 3 * min + IDLE_GAP_MS + 1 + min])).toBe(3 * min + STRETCH_TAIL_MS + min + STRETCH_TAIL_MS);
    expect(inUseMs([0, IDLE_GAP_MS])).toBe(IDLE_GAP_MS + STRETCH_TAIL_MS);
  });
  it("counts a lone event as one minute and nothing as nothing, in any order", () => {
    expect(inUseMs([42])).toBe(STRETCH_TAIL_MS);
    expect(inUseMs([])).toBe(0);
    expect(inUseMs([5 * min, 0, 2 * min])).toBe(inUseMs([0, 2 * min, 5 * min]));
  });
  it("shows minutes with one decimal", () => {
    expect(toMinutes(90_000)).toBe(1.5);
    expect(toMinutes(0)).toBe(0);
  });
});
