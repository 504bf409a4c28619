import { describe, expect, it } from "vitest";
import { previousPeriod } from "@/lib/domain/dashboards/rules";
import { activePreset, fillDays, presetRange } from "./period";

describe("date presets", () => {
  it("last 7 and last 30 days end today and include it", () => {
    expect(presetRange("last7", "2026-03-05")).toEqual({ from: "2026-02-27", to: "2026-03-05" });
    expect(presetRange("last30", "2026-03-05")).toEqual({ from: "2026-02-04", to: "2026-03-05" });
  });
  it("this month runs from the 1st to today", () => {
    expect(presetRange("thisMonth", "2026-03-05")).toEqual({ from: "2026-03-01", to: "2026-03-05" });
  });
  it("recognises the preset a range came from, and a custom range as none", () => {
    expect(activePreset({ from: "2026-02-27", to: "2026-03-05" }, "2026-03-05")).toBe("last7");
    expect(activePreset({ from: "2026-02-28", to: "2026-03-05" }, "2026-03-05")).toBeNull();
  });
  it("on the 1st, this month and a one-day range compare with the day before", () => {
    const r = presetRange("thisMonth", "2026-03-01");
    expect(previousPeriod(r.from, r.to)).toEqual({ from: "2026-02-28", to: "2026-02-28" });
    const last7 = presetRange("last7", "2026-03-05");
    expect(previousPeriod(last7.from, last7.to)).toEqual({ from: "2026-02-20", to: "2026-02-26" });
  });
});

describe("fillDays", () => {
  it("gives every day of the range, zeros where nothing happened, across a month end", () => {
    const rows = fillDays({ from: "2026-02-27", to: "2026-03-02" }, [{ day: "2026-03-01", n: 4 }], (day) => ({ day, n: 0 }));
    expect(rows).toEqual([
      { day: "2026-02-27", n: 0 },
      { day: "2026-02-28", n: 0 },
      { day: "2026-03-01", n: 4 },
      { day: "2026-03-02", n: 0 },
    ]);
  });
});
